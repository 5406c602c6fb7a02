/**
 * Every `/services/data/vXX.X/...` request: a served version goes on, a retired one gets
 * 410 GONE, anything else 404 (salesforce-api.md §4.1).
 */
import type { MiddlewareHandler } from 'hono';
import { checkVersionSegment } from './api-versions';
import type { EmulatorEnv } from './http-env';
import { notFound, sfError } from './sf-error';

export function requireApiVersion(): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const check = checkVersionSegment(c.req.param('version') ?? '');
    switch (check.kind) {
      case 'served':
        c.set('apiVersion', check.version);
        return next();
      case 'retired':
        // [UNSURE] message wording; the docs give only "410:GONE".
        return sfError(
          c,
          410,
          'GONE',
          'The requested version of the API has been retired and is no longer available.',
        );
      case 'unknown':
        return notFound(c);
      default: {
        const unreachable: never = check;
        return unreachable;
      }
    }
  };
}
