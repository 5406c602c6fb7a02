import { SalesforceNetworkError } from '../network-error';

/** The request jsforce's OAuth2 hands its transport (jsforce `HttpRequest`). */
export interface TransportRequest {
  method: string;
  url: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface TransportResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Token calls answer in well under a second; past this the user should see an error. */
export const OAUTH_REQUEST_TIMEOUT_MS = 30_000;

/**
 * The transport we give jsforce's OAuth2. jsforce's own browser transport does not catch a
 * rejected `fetch` (src/browser/request.ts, `startFetchRequest`), so a CORS refusal leaves the
 * call pending forever with an unhandled rejection; this one turns it into an error. See
 * docs/decisions/0003-session-storage.md.
 */
export function createFetchTransport(
  fetchImpl: typeof fetch,
  timeoutMs = OAUTH_REQUEST_TIMEOUT_MS,
): { httpRequest(request: TransportRequest): Promise<TransportResponse> } {
  return {
    async httpRequest({ method, url, body, headers }) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new SalesforceNetworkError(url, error);
      }
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => (responseHeaders[name] = value));
      return { statusCode: response.status, headers: responseHeaders, body: await response.text() };
    },
  };
}
