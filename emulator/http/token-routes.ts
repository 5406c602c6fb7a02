/**
 * `POST /services/oauth2/token` and `/revoke` (salesforce-api.md §5.3, §5.4). Grants and their
 * errors are decided in emulator/core/oauth.
 */
import { Hono, type Context } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { handleTokenRequest } from '../core/oauth/token-request';
import { NO_STORE, requestParams } from './oauth-params';

export function createTokenRoutes(org: EmulatorOrg): Hono {
  const app = new Hono();

  app.post('/services/oauth2/token', async (c) => {
    const result = handleTokenRequest(org.oauth, await requestParams(c));
    return result.ok ? c.json(result.value, 200, NO_STORE) : c.json(result.error, 400, NO_STORE);
  });

  // §5.4: 200 with an empty body; errors come form-encoded (jsforce parses them that way).
  const revoke = async (c: Context) => {
    const outcome = org.oauth.revoke((await requestParams(c)).token ?? '');
    if (outcome === 'revoked') return c.body(null, 200);
    const description =
      outcome === 'invalid_token' ? 'invalid token' : 'this token type is not supported';
    const body = new URLSearchParams({ error: outcome, error_description: description });
    return c.body(body.toString(), 400, { 'Content-Type': 'application/x-www-form-urlencoded' });
  };
  app.post('/services/oauth2/revoke', revoke);
  app.get('/services/oauth2/revoke', revoke);

  return app;
}
