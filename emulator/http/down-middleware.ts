/**
 * The control plane's "down" switch (`PATCH /__emulator/config {"down": true}`): while it is on,
 * every request outside `/__emulator` has its connection cut before any answer, so the console
 * sees exactly what an unreachable host looks like — a CORS fetch and a `no-cors` fetch both
 * fail — and its readiness check can tell "host unreachable" from "origin not on the CORS
 * allowlist". The control plane keeps answering, so a test can switch it back on.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';

export function downMiddleware(
  org: EmulatorOrg,
  path: (request: Request) => string,
): MiddlewareHandler {
  return async (c, next) => {
    if (!org.config.down) return next();
    const requestPath = path(c.req.raw);
    if (requestPath === '/__emulator' || requestPath.startsWith('/__emulator/')) return next();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming) {
      incoming.socket.destroy();
      return new Response(null, { status: 503 });
    }
    // In-process use (app.fetch, no socket): the nearest thing to no answer is an empty 503.
    return c.body(null, 503);
  };
}
