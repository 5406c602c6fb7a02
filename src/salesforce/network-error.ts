/**
 * A request that got no HTTP answer. From a browser this is usually CORS: the org's CORS
 * allowlist lacks this origin, or "Enable CORS for OAuth endpoints" is off (salesforce-api.md
 * §5.5), and the browser reports both exactly like a network failure.
 */
export class SalesforceNetworkError extends Error {
  override readonly name = 'SalesforceNetworkError';
  /** The origin that could not be reached. */
  readonly origin: string;

  constructor(url: string, cause: unknown) {
    const origin = originOf(url);
    super(`Could not reach ${origin}`, { cause });
    this.origin = origin;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
