/**
 * Applies the control plane's HTTP faults to API calls (never to `/__emulator`): error statuses
 * with Salesforce-shaped bodies (500, 503, 429/403 REQUEST_LIMIT_EXCEEDED…), a connection dropped
 * in the middle of an upload, an access token that expires on the spot, and slow answers. A slow
 * answer waits on the org clock: real time normally, clock ticks when the clock is manual, so a
 * test can release it exactly.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { classifyIngestCall } from '../core/faults/fault-rules';
import type { HttpFaultDecision } from '../core/faults/fault-state';
import { REQUEST_LIMIT_MESSAGE } from '../core/ingest/http-choices';
import { ingestEngineOf } from '../core/ingest/ingest-engine';
import { bearerToken } from './auth';
import type { EmulatorEnv } from './http-env';
import { INVALID_SESSION_MESSAGE } from './sf-error';

/** Salesforce-like bodies for the statuses a fault can return, unless the rule gives its own. */
const STATUS_DEFAULTS: Record<number, { errorCode: string; message: string }> = {
  403: { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: REQUEST_LIMIT_MESSAGE },
  429: { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: REQUEST_LIMIT_MESSAGE },
  500: {
    errorCode: 'UNKNOWN_EXCEPTION',
    message:
      'An unexpected error occurred. Please include this ErrorId if you contact support: 1462104131-7706 (-1107302616)',
  },
  503: {
    errorCode: 'SERVER_UNAVAILABLE',
    message: 'Server is temporarily unavailable. Please try again later.',
  },
};
const FALLBACK_ERROR = {
  errorCode: 'UNKNOWN_EXCEPTION',
  message: 'Fault injected by the demo org control plane',
};
/** How much of an upload is read before a dropped connection, so the client is mid-send. */
const DROP_AFTER_BYTES = 1;

export function faultMiddleware(org: EmulatorOrg): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const faults = ingestEngineOf(org).faults;
    if (c.req.path.startsWith('/__emulator') || !faults.hasHttpRules()) return next();
    const patchState = c.req.method === 'PATCH' ? await peekState(c) : undefined;
    const decision = faults.decide({
      method: c.req.method,
      path: c.req.path,
      call: classifyIngestCall(c.req.method, c.req.path, patchState),
    });
    if (decision.delayMs > 0) await waitOnOrgClock(org, decision.delayMs);
    const response = await applyTerminal(org, c, decision);
    if (response !== undefined) return response;
    return next();
  };
}

async function applyTerminal(
  org: EmulatorOrg,
  c: Context<EmulatorEnv>,
  decision: HttpFaultDecision,
): Promise<Response | undefined> {
  const rule = decision.terminal;
  if (rule === undefined) return undefined;
  switch (rule.kind) {
    case 'status': {
      const defaults = STATUS_DEFAULTS[rule.status] ?? FALLBACK_ERROR;
      const body = [
        {
          errorCode: rule.errorCode ?? defaults.errorCode,
          message: rule.message ?? defaults.message,
        },
      ];
      return c.body(JSON.stringify(body), rule.status as 500, {
        'Content-Type': 'application/json;charset=UTF-8',
      });
    }
    case 'expire-session': {
      const token = bearerToken(c);
      if (token !== undefined) org.oauth.revoke(token);
      const body = [{ message: INVALID_SESSION_MESSAGE, errorCode: 'INVALID_SESSION_ID' }];
      return c.body(JSON.stringify(body), 401, {
        'Content-Type': 'application/json;charset=UTF-8',
      });
    }
    case 'drop-connection':
      return dropConnection(c);
  }
}

/** Reads the start of the body (the client is sending), then cuts the socket. */
async function dropConnection(c: Context<EmulatorEnv>): Promise<Response> {
  const reader = c.req.raw.body?.getReader();
  let read = 0;
  while (reader !== undefined && read < DROP_AFTER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  incoming?.socket.destroy();
  return new Response(null, { status: 500 });
}

async function peekState(c: Context<EmulatorEnv>): Promise<unknown> {
  try {
    const body: unknown = await c.req.raw.clone().json();
    return typeof body === 'object' && body !== null
      ? (body as { state?: unknown }).state
      : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves once the org clock has moved `ms` forward (wall time, or manual ticks). */
function waitOnOrgClock(org: EmulatorOrg, ms: number): Promise<void> {
  if (org.clock.mode() === 'real') return new Promise((resolve) => setTimeout(resolve, ms));
  const until = org.clock.now() + ms;
  return new Promise((resolve) => {
    const unsubscribe = org.clock.onChange((change) => {
      if (change.mode === 'real' || change.now >= until) {
        unsubscribe();
        resolve();
      }
    });
  });
}
