/**
 * "Who am I": `GET /services/oauth2/userinfo` and the identity URL `GET /id/<org>/<user>`
 * (salesforce-api.md §4.6). Both answer a bad or expired token with 403 `Bad_OAuth_Token`
 * rather than the REST API's 401, as real orgs do; clients refresh on either.
 */
import { Hono, type Context } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { normalizeId } from '../core/ids';
import { identityResponse, userInfoResponse } from '../core/oauth/identity-responses';
import { bearerToken, sessionFor } from './auth';

const BAD_TOKEN = 'Bad_OAuth_Token';
const BAD_ID = 'Bad_Id';

export function createIdentityRoutes(org: EmulatorOrg): Hono {
  const app = new Hono();
  const context = () => ({
    orgId: org.orgId,
    publicUrl: org.config.publicUrl,
    now: org.clock.now(),
  });
  const refuse = (c: Context, reason: string) => c.text(reason, 403);

  const userinfo = (c: Context) => {
    const token = bearerToken(c) ?? c.req.query('access_token') ?? c.req.query('oauth_token');
    const session = sessionFor(org, token);
    if (!session) return refuse(c, BAD_TOKEN);
    return c.json(userInfoResponse(session.user, context()));
  };
  app.get('/services/oauth2/userinfo', userinfo);
  app.post('/services/oauth2/userinfo', userinfo);

  const identity = (c: Context) => {
    const session = sessionFor(org, bearerToken(c) ?? c.req.query('oauth_token'));
    if (!session) return refuse(c, BAD_TOKEN);
    const sameOrg = normalizeId(c.req.param('orgId') ?? '') === org.orgId;
    const sameUser = normalizeId(c.req.param('userId') ?? '') === session.user.id;
    if (!sameOrg || !sameUser) return refuse(c, BAD_ID);
    return c.json(identityResponse(session.user, context()));
  };
  app.get('/id/:orgId/:userId', identity);
  app.post('/id/:orgId/:userId', identity);

  return app;
}
