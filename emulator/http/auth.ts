/**
 * Resolves `Authorization: Bearer <token>` (or Salesforce's older `OAuth <token>`) to the
 * signed-in user. Unknown, expired and revoked tokens all get 401 INVALID_SESSION_ID
 * (salesforce-api.md §7.10); every accepted call uses up one DailyApiRequests.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import type { EmulatorEnv, ApiSession } from './http-env';
import { invalidSession, sfError } from './sf-error';

const AUTHORIZATION = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i;

export function bearerToken(c: Context): string | undefined {
  return AUTHORIZATION.exec(c.req.header('Authorization') ?? '')?.[1];
}

/** The session behind a token, or undefined when the token is not (or no longer) valid. */
export function sessionFor(org: EmulatorOrg, token: string | undefined): ApiSession | undefined {
  const session = token ? org.oauth.session(token) : undefined;
  const user = session && org.userById(session.userId);
  return session && user ? { user, orgId: org.orgId, accessToken: session.accessToken } : undefined;
}

export function requireSession(org: EmulatorOrg): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const session = sessionFor(org, bearerToken(c));
    if (!session) return invalidSession(c);
    if (!org.permissionsOf(session.user.id).apiEnabled) {
      return sfError(
        c,
        403,
        'API_DISABLED_FOR_ORG',
        'The REST API is not enabled for this Organization.',
      );
    }
    if (!org.limits.consume('DailyApiRequests')) {
      return sfError(c, 403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
    }
    const usage = org.limits.get('DailyApiRequests');
    if (usage)
      c.header('Sforce-Limit-Info', `api-usage=${usage.Max - usage.Remaining}/${usage.Max}`);
    c.set('session', session);
    await next();
  };
}
