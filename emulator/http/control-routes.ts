/**
 * The control plane (design.md §6): `/__emulator/*`, for tests and demos, never for the console.
 * No CORS, no auth. Mistakes answer 400/404 with `{error}`.
 *
 * Other parts add their own control routes by building a Hono app and mounting it at
 * `/__emulator` in app.ts next to this one (the ingest engine's `faults` and `jobs`).
 */
import { Hono, type Context } from 'hono';
import type { FieldValue } from '../core/contracts';
import type { EmulatorOrg } from '../core/emulator-org';
import {
  configChanges,
  ControlError,
  instantFrom,
  jsonObject,
  optionalJsonObject,
  permissionChanges,
} from './control-body';

export function createControlRoutes(org: EmulatorOrg): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ControlError) return c.json({ error: error.message }, error.status);
    throw error;
  });

  const clockState = () => ({ mode: org.clock.mode(), now: org.clock.now() });
  const settings = () => {
    const {
      port,
      host,
      publicUrl,
      clientIds,
      corsOrigins,
      oauthCors,
      tokenTtlMs,
      pace,
      pageSize,
      isSandbox,
      down,
      maxUploadBytes,
    } = org.config;
    return {
      port,
      host,
      publicUrl,
      clientIds,
      corsOrigins,
      oauthCors,
      tokenTtlMs,
      pace,
      pageSize,
      isSandbox,
      down,
      maxUploadBytes,
    };
  };

  app.get('/health', (c) =>
    c.json({ status: 'ok', orgId: org.orgId, publicUrl: org.config.publicUrl }),
  );

  app.post('/reset', (c) => {
    org.reset();
    return c.json({ status: 'reset' });
  });

  app.post('/seed', async (c) => {
    const body = await optionalJsonObject(c);
    if (!body) {
      org.reseed();
      return c.json({ status: 'reseeded' });
    }
    const { object, records } = body;
    if (typeof object !== 'string') throw new ControlError('object must be an object name');
    if (!Array.isArray(records) || !records.every(isFieldValues)) {
      throw new ControlError('records must be an array of {field: value} objects');
    }
    try {
      return c.json({ ids: org.insertRecords(object, records) });
    } catch (error) {
      throw new ControlError(error instanceof Error ? error.message : String(error));
    }
  });

  app.get('/config', (c) => c.json(settings()));
  app.patch('/config', async (c) => {
    org.updateConfig(configChanges(await jsonObject(c)));
    return c.json(settings());
  });

  app.post('/clock', async (c) => {
    const body = await jsonObject(c);
    const now = instantFrom(body.now);
    if (body.mode === 'manual') org.clock.set(now ?? org.clock.now());
    else if (body.mode === 'real') org.clock.useRealTime();
    else throw new ControlError("mode must be 'manual' or 'real'");
    return c.json(clockState());
  });
  app.get('/clock', (c) => c.json(clockState()));

  app.post('/tick', async (c) => {
    const { ms } = await jsonObject(c);
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new ControlError('ms must be a non-negative number');
    }
    org.clock.tick(ms);
    return c.json(clockState());
  });

  app.post('/sessions/expire', async (c) => {
    const body = (await optionalJsonObject(c)) ?? {};
    org.oauth.expireSessions({ revokeRefresh: body.revokeRefresh === true });
    return c.json({ status: 'expired', refreshTokensRevoked: body.revokeRefresh === true });
  });

  // One user's tokens revoked, as an admin does in Setup → Connected Apps OAuth Usage → Revoke.
  app.post('/sessions/revoke', async (c) => {
    const { username } = await jsonObject(c);
    if (typeof username !== 'string') throw new ControlError('username must be a string');
    const user = org.findUser(username);
    if (!user) throw new ControlError(`no such user: ${username}`, 404);
    const refreshTokensRevoked = org.oauth.revokeUser(user.id);
    return c.json({ status: 'revoked', username: user.username, refreshTokensRevoked });
  });

  app.patch('/users/:username/permissions', async (c: Context) => {
    const user = org.findUser(c.req.param('username') ?? '');
    if (!user) throw new ControlError(`no such user: ${c.req.param('username')}`, 404);
    const permissions = org.setPermissions(user.id, permissionChanges(await jsonObject(c)));
    return c.json({ username: user.username, permissions });
  });

  app.get('/limits', (c) => c.json(org.limits.snapshot()));
  app.patch('/limits', async (c) => {
    const body = await jsonObject(c);
    for (const [name, value] of Object.entries(body)) {
      if (!org.limits.get(name)) throw new ControlError(`unknown limit: ${name}`);
      const entry = value as { Max?: unknown; Remaining?: unknown } | null;
      const isCount = (n: unknown) =>
        n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0);
      if (
        typeof entry !== 'object' ||
        entry === null ||
        !isCount(entry.Max) ||
        !isCount(entry.Remaining)
      ) {
        throw new ControlError(`${name} must be {Remaining?: n, Max?: n}`);
      }
      org.limits.set(name, {
        Max: entry.Max as number | undefined,
        Remaining: entry.Remaining as number | undefined,
      });
    }
    return c.json(org.limits.snapshot());
  });

  return app;
}

function isFieldValues(value: unknown): value is Record<string, FieldValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
}
