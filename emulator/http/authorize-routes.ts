/**
 * `GET|POST /services/oauth2/authorize` (salesforce-api.md §5.2): the login page, then a
 * redirect with `code` and `state`, or with `error` and `error_description`. The decisions live
 * in emulator/core/oauth; this file only reads requests and writes answers.
 */
import { Hono, type Context } from 'hono';
import { isAllowedRedirectUri, isRegisteredClient } from '../core/emulator-config';
import type { EmulatorOrg } from '../core/emulator-org';
import {
  checkAuthorizeRequest,
  deniedLocation,
  redirectLocation,
  type ClientRegistry,
} from '../core/oauth/authorize-request';
import { LOGIN_FAILED_MESSAGE, loginPage, oauthErrorPage } from './login-page';
import { NO_STORE, requestParams } from './oauth-params';

export function createAuthorizeRoutes(org: EmulatorOrg): Hono {
  const app = new Hono();
  const clients: ClientRegistry = {
    isRegisteredClient: (clientId) => isRegisteredClient(org.config, clientId),
    isAllowedRedirectUri: (clientId, uri) => isAllowedRedirectUri(org.config, clientId, uri),
  };

  const authorize = async (c: Context) => {
    const params = await requestParams(c);
    const check = checkAuthorizeRequest(params, clients);
    switch (check.kind) {
      case 'show-error':
        return c.html(oauthErrorPage(check.error), 400, NO_STORE);
      case 'redirect-error':
        return c.redirect(check.location, 302);
      case 'ok':
        break;
      default: {
        const unreachable: never = check;
        return unreachable;
      }
    }
    if (c.req.method === 'GET') return c.html(loginPage({ params }), 200, NO_STORE);
    if (params.action === 'deny') return c.redirect(deniedLocation(check.request), 302);
    const username = params.username ?? '';
    const user = org.oauth.authenticate(username, params.password ?? '');
    if (!user) {
      return c.html(loginPage({ params, username, error: LOGIN_FAILED_MESSAGE }), 200, NO_STORE);
    }
    const code = org.oauth.issueCode(check.request, user.id);
    return c.redirect(
      redirectLocation(check.request.redirectUri, { code, state: check.request.state }),
      302,
    );
  };
  app.get('/services/oauth2/authorize', authorize);
  app.post('/services/oauth2/authorize', authorize);

  return app;
}
