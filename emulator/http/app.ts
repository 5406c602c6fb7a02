/**
 * The demo org's HTTP surface: one Hono app over one EmulatorOrg. Order matters: CORS runs
 * first so every answer (401s included) carries the headers a browser needs to read it.
 */
import { Hono } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { requireApiVersion } from './api-version-middleware';
import { apiVersions } from './api-versions';
import { requireSession } from './auth';
import { createControlRoutes } from './control-routes';
import { corsMiddleware } from './cors';
import { downMiddleware } from './down-middleware';
import { createFaultControlRoutes } from './fault-control-routes';
import { faultMiddleware } from './fault-middleware';
import type { EmulatorEnv } from './http-env';
import { createAuthorizeRoutes } from './authorize-routes';
import { createIdentityRoutes } from './identity-routes';
import { createIngestRoutes } from './ingest-routes';
import { createQueryRoutes } from './query-routes';
import { normalisedRequestPath } from './request-path';
import { createRestRoutes } from './rest-routes';
import { createTokenRoutes } from './token-routes';
import { notFound, sfError } from './sf-error';

export function createEmulatorApp(org: EmulatorOrg): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>({ getPath: normalisedRequestPath });

  app.onError((error, c) => {
    console.error('[demo org] unexpected error', error);
    return sfError(
      c,
      500,
      'UNKNOWN_EXCEPTION',
      'An unexpected error occurred. Please include this ErrorId if you contact support: 0',
    );
  });
  app.notFound(notFound);
  app.use('*', downMiddleware(org, normalisedRequestPath));
  app.use('*', corsMiddleware(org, normalisedRequestPath));
  app.use('*', faultMiddleware(org));

  app.route('/', createAuthorizeRoutes(org));
  app.route('/', createTokenRoutes(org));
  app.route('/', createIdentityRoutes(org));
  // §4.1: the versions list needs no session.
  app.get('/services/data', (c) => c.json(apiVersions()));

  app.use('/services/data/:version/*', requireApiVersion(), requireSession(org));
  app.route('/services/data/:version', createRestRoutes(org));
  app.route('/services/data/:version', createQueryRoutes(org));
  app.route('/services/data/:version/jobs/ingest', createIngestRoutes(org));

  app.route('/__emulator', createControlRoutes(org));
  app.route('/__emulator', createFaultControlRoutes(org));
  return app;
}
