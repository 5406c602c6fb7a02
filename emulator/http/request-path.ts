/**
 * Path normalisation for routing: clients that stored the instance URL with a trailing slash
 * send `//services/data/...`, and many add a trailing `/` (salesforce-api.md §10). Both route
 * as the plain path.
 */
import { getPath } from 'hono/utils/url';

export function normalisePath(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
}

export function normalisedRequestPath(request: Request): string {
  return normalisePath(getPath(request));
}
