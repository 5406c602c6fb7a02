import { SalesforceNetworkError } from './network-error';
import {
  isInvalidSession,
  parseSalesforceError,
  REFUSED_TOKEN_STATUSES,
} from './salesforce-api-error';
import type { Session } from './session/session';
import type { SessionAccess } from './session/session-manager';
import { SessionExpiredError } from './session/session-errors';

/** A SOQL result page (salesforce-api.md §4). */
export interface QueryResult<T> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: T[];
}

export interface SalesforceClient {
  readonly apiVersion: string;
  /** `/query` → `/services/data/v62.0/query`. */
  dataPath(path: string): string;
  /**
   * A call to `<instanceUrl><path>` with the session's token. A refused token (401
   * INVALID_SESSION_ID, or 403 Bad_OAuth_Token from userinfo) is refreshed once and the call
   * retried once, so `init.body` must be replayable (string, Blob, FormData).
   * Throws SalesforceApiError, SessionExpiredError or SalesforceNetworkError.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  json<T>(path: string, init?: RequestInit): Promise<T>;
  query<T>(soql: string): Promise<QueryResult<T>>;
}

export interface SalesforceClientOptions {
  sessions: SessionAccess;
  apiVersion: string;
  fetch?: typeof fetch;
}

export function createSalesforceClient(options: SalesforceClientOptions): SalesforceClient {
  const { sessions, apiVersion } = options;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send(session: Session, path: string, init: RequestInit): Promise<Response> {
    const url = `${session.instanceUrl}${path}`;
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${session.accessToken}`);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    try {
      return await fetchImpl(url, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new SalesforceNetworkError(url, error);
    }
  }

  async function errorOf(response: Response) {
    return parseSalesforceError(
      response.status,
      await response.text(),
      response.headers.get('Content-Type'),
    );
  }

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    if (!path.startsWith('/')) throw new Error(`A Salesforce path starts with "/": ${path}`);
    const session = sessions.currentSession();
    if (!session) throw new SessionExpiredError('signed-out');
    let response = await send(session, path, init);
    if (REFUSED_TOKEN_STATUSES.has(response.status)) {
      const error = await errorOf(response);
      if (!isInvalidSession(error)) throw error;
      response = await send(await sessions.refresh(session), path, init);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  const dataPath = (path: string) => `/services/data/v${apiVersion}${path}`;

  async function json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await call(path, init);
    return (await response.json()) as T;
  }

  return {
    apiVersion,
    dataPath,
    fetch: call,
    json,
    query: <T>(soql: string) =>
      json<QueryResult<T>>(dataPath(`/query?q=${encodeURIComponent(soql)}`)),
  };
}
