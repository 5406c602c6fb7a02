/**
 * Parameters of an OAuth request: the query string merged with a form body, since Salesforce
 * reads both on its OAuth endpoints (salesforce-api.md §5.3).
 */
import type { Context } from 'hono';

export type Params = Record<string, string | undefined>;

/** Query parameters merged with a form body (Salesforce reads both on its OAuth endpoints). */
export async function requestParams(c: Context): Promise<Params> {
  const params: Params = { ...c.req.query() };
  const type = c.req.header('Content-Type') ?? '';
  if (c.req.method === 'POST' && /form-urlencoded|multipart\/form-data/i.test(type)) {
    const body = await c.req.parseBody();
    for (const [name, value] of Object.entries(body)) {
      if (typeof value === 'string') params[name] = value;
    }
  }
  return params;
}

export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
