/**
 * CORS the way Salesforce does it (salesforce-api.md §5.5, §7.11): API resources answer an
 * allowlisted origin with its own `Access-Control-Allow-Origin`, and refuse any other origin
 * with 403, preflight included, so console developers meet CORS mistakes here first. OAuth
 * token/revoke/authorize get CORS only with "Enable CORS for OAuth endpoints" on; without it the
 * request still runs, the browser just cannot read the answer. The control plane never has CORS.
 */
import type { MiddlewareHandler } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { sfError } from './sf-error';

export const CORS_ALLOW_METHODS = 'HEAD, GET, POST, PUT, PATCH, DELETE';
export const CORS_ALLOW_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'sforce-auto-assign',
  'sforce-call-options',
  'sforce-query-options',
  'x-prettyprint',
  'x-requested-with',
].join(', ');
export const CORS_MAX_AGE_SECONDS = '86400';

export type CorsPolicy = 'none' | 'api' | 'oauth';

const OAUTH_FLOW_PATHS = /^\/services\/oauth2\/(token|revoke|authorize|introspect)$/i;

export function corsPolicyFor(path: string): CorsPolicy {
  if (path === '/__emulator' || path.startsWith('/__emulator/')) return 'none';
  if (OAUTH_FLOW_PATHS.test(path)) return 'oauth';
  return 'api';
}

/** Exact origins, or `https://*.example.com` for any subdomain (Salesforce's one wildcard form). */
export function isAllowlisted(allowlist: readonly string[], origin: string): boolean {
  const wanted = origin.toLowerCase();
  return allowlist.some((entry) => {
    const pattern = entry.toLowerCase();
    const star = pattern.indexOf('://*.');
    if (star === -1) return pattern === wanted;
    const scheme = pattern.slice(0, star + 3);
    const domain = pattern.slice(star + 4);
    return (
      wanted.startsWith(scheme) &&
      wanted.endsWith(domain) &&
      wanted.length > scheme.length + domain.length
    );
  });
}

export function corsMiddleware(
  org: EmulatorOrg,
  path: (request: Request) => string,
): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const policy = corsPolicyFor(path(c.req.raw));
    if (!origin || policy === 'none' || isSameOrigin(origin, c.req.url, org.config.publicUrl)) {
      return next();
    }
    const allowlisted = isAllowlisted(org.config.corsOrigins, origin);
    const allowed = allowlisted && (policy === 'api' || org.config.oauthCors);
    const isPreflight = c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method');
    if (isPreflight) {
      if (!allowed) return c.body(null, 403);
      return c.body(null, 200, Object.fromEntries(corsHeaders(origin)));
    }
    if (!allowed) {
      // [UNSURE] body of the refusal; the status is what matters (§5.5).
      if (policy === 'api')
        return sfError(
          c,
          403,
          'CORS_ORIGIN_NOT_ALLOWED',
          `Origin ${origin} is not on the CORS allowlist`,
        );
      return next();
    }
    await next();
    setCorsHeaders(c.res.headers, origin);
  };
}

function corsHeaders(origin: string): [string, string][] {
  return [
    ['Access-Control-Allow-Origin', origin],
    ['Access-Control-Allow-Credentials', 'false'],
    ['Access-Control-Allow-Methods', CORS_ALLOW_METHODS],
    ['Access-Control-Allow-Headers', CORS_ALLOW_HEADERS],
    ['Access-Control-Max-Age', CORS_MAX_AGE_SECONDS],
    ['Vary', 'Origin'],
  ];
}

function setCorsHeaders(headers: Headers, origin: string): void {
  for (const [name, value] of corsHeaders(origin)) headers.set(name, value);
}

/** The demo org's own pages (the login form posts back to it) need no CORS. */
function isSameOrigin(origin: string, requestUrl: string, publicUrl: string): boolean {
  return origin === new URL(requestUrl).origin || origin === new URL(publicUrl).origin;
}
