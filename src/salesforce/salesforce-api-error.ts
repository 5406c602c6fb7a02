/** One entry of Salesforce's REST error array (salesforce-api.md §4.7). */
export interface SalesforceErrorEntry {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** An HTTP error from Salesforce, whatever shape its body had. */
export class SalesforceApiError extends Error {
  override readonly name = 'SalesforceApiError';
  readonly status: number;
  /** Salesforce's code (`INVALID_SESSION_ID`, `NOT_FOUND`, `invalid_grant`…) or `HTTP_<status>`. */
  readonly errorCode: string;
  readonly fields: string[];
  /** Every entry when Salesforce sent several. */
  readonly errors: SalesforceErrorEntry[];

  constructor(status: number, errors: SalesforceErrorEntry[]) {
    const first = errors[0] ?? { message: `HTTP ${status}`, errorCode: `HTTP_${status}` };
    super(first.message);
    this.status = status;
    this.errorCode = first.errorCode;
    this.fields = first.fields ?? [];
    this.errors = errors;
  }
}

/**
 * A refused token, answered by one refresh: the REST API's 401 INVALID_SESSION_ID
 * (salesforce-api.md §6.4), and the OAuth identity endpoints' 403 `Bad_OAuth_Token` (§4.6).
 */
export function isInvalidSession(error: SalesforceApiError): boolean {
  const code = (wanted: string) => error.errors.some((e) => e.errorCode === wanted);
  return (
    (error.status === 401 && code('INVALID_SESSION_ID')) ||
    (error.status === 403 && code('Bad_OAuth_Token'))
  );
}

/** The statuses that may carry a refused token. */
export const REFUSED_TOKEN_STATUSES: ReadonlySet<number> = new Set([401, 403]);

/**
 * Reads any error body Salesforce sends: the REST array `[{message, errorCode, fields}]`, the
 * OAuth object `{error, error_description}` (§5.3), a bare code such as `Bad_OAuth_Token`, or HTML.
 */
export function parseSalesforceError(
  status: number,
  body: string,
  contentType: string | null,
): SalesforceApiError {
  const text = body.trim();
  if (contentType?.includes('html') || text.startsWith('<')) {
    return single(
      status,
      `HTTP_${status}`,
      `Salesforce answered HTTP ${status} with an HTML page.`,
    );
  }
  const json = parseJson(text);
  const entries = (Array.isArray(json) ? json : [json]).flatMap(toEntry);
  if (entries.length > 0) return new SalesforceApiError(status, entries);
  if (/^[A-Za-z_]+$/.test(text)) return single(status, text, text);
  return single(status, `HTTP_${status}`, text || `HTTP ${status}`);
}

function single(status: number, errorCode: string, message: string): SalesforceApiError {
  return new SalesforceApiError(status, [{ errorCode, message }]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toEntry(value: unknown): SalesforceErrorEntry[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  if (typeof v.errorCode === 'string') {
    const fields = Array.isArray(v.fields) ? v.fields.filter((f) => typeof f === 'string') : [];
    const message = typeof v.message === 'string' ? v.message : v.errorCode;
    return [{ errorCode: v.errorCode, message, ...(fields.length > 0 ? { fields } : {}) }];
  }
  if (typeof v.error === 'string') {
    const description = typeof v.error_description === 'string' ? v.error_description : '';
    return [{ errorCode: v.error, message: description || v.error }];
  }
  return [];
}
