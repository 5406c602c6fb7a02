import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { startEmulator, type RunningEmulator } from '../server';
import {
  ANALYST,
  api,
  authorizationCode,
  control,
  exchangeCode,
  newVerifier,
  passwordGrant,
  postForm,
  type TokenBody,
} from './demo-org-test-client';

let demo: RunningEmulator;
let base: string;
beforeAll(async () => {
  demo = await startEmulator({ port: 0 });
  base = demo.url;
});
afterAll(() => demo.close());
beforeEach(async () => {
  await control(base, 'reset');
});

const json = async <T>(response: Response | Promise<Response>) =>
  (await (await response).json()) as T;
const soql = async (token: string, text: string) =>
  json<{ totalSize: number; records: Record<string, unknown>[] }>(
    api(base, `/services/data/v62.0/query?q=${encodeURIComponent(text)}`, token),
  );

describe('/__emulator control plane', () => {
  it('reports health', async () => {
    expect(await json(control(base, 'health', undefined, 'GET'))).toEqual({
      status: 'ok',
      orgId: demo.org.orgId,
      publicUrl: base,
    });
  });

  it('seeds extra records and returns their ids', async () => {
    const { ids } = await json<{ ids: string[] }>(
      control(base, 'seed', {
        object: 'account',
        records: [{ name: 'Seeded One' }, { Name: 'Seeded Two', Industry: 'Energy' }],
      }),
    );
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id.startsWith('001') && id.length === 18)).toBe(true);
    const { access_token } = await passwordGrant(base);
    const found = await soql(
      access_token,
      "SELECT Id, Industry FROM Account WHERE Name LIKE 'Seeded%' ORDER BY Name",
    );
    expect(found.records.map((r) => [r.Id, r.Industry])).toEqual([
      [ids[0], null],
      [ids[1], 'Energy'],
    ]);
  });

  it.each([
    [{ object: 'Nope', records: [{}] }, 'No such object: Nope'],
    [{ object: 'Account', records: [{ Nope__c: 1 }] }, 'No such field on Account: Nope__c'],
    [{ object: 'Account', records: 'x' }, 'records must be an array of {field: value} objects'],
  ])('refuses a bad seed body %j with 400', async (body, error) => {
    const response = await control(base, 'seed', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it('resets records, sessions, settings and the clock', async () => {
    const { access_token } = await passwordGrant(base);
    await control(base, 'seed', { object: 'Account', records: [{ Name: 'Temporary' }] });
    await control(base, 'config', { oauthCors: false, pageSize: 500 }, 'PATCH');
    await control(base, 'clock', { mode: 'manual', now: 0 });
    await control(base, 'reset');
    expect((await api(base, '/services/data/v62.0/limits', access_token)).status).toBe(401);
    const config = await json<Record<string, unknown>>(control(base, 'config', undefined, 'GET'));
    expect(config).toMatchObject({ oauthCors: true, pageSize: 2000 });
    expect(await json(control(base, 'clock', undefined, 'GET'))).toMatchObject({ mode: 'real' });
    const fresh = (await passwordGrant(base)).access_token;
    expect((await soql(fresh, "SELECT Id FROM Account WHERE Name = 'Temporary'")).totalSize).toBe(
      0,
    );
  });

  it('changes settings, and isSandbox changes the Organization record', async () => {
    const updated = await json<Record<string, unknown>>(
      control(
        base,
        'config',
        {
          isSandbox: false,
          tokenTtlMs: 1000,
          pace: 'fast',
          corsOrigins: ['http://localhost:9999'],
        },
        'PATCH',
      ),
    );
    expect(updated).toMatchObject({
      isSandbox: false,
      tokenTtlMs: 1000,
      pace: 'fast',
      corsOrigins: ['http://localhost:9999'],
      publicUrl: base,
    });
    const { access_token } = await passwordGrant(base);
    expect(
      (await soql(access_token, 'SELECT IsSandbox FROM Organization')).records[0]?.IsSandbox,
    ).toBe(false);
  });

  it.each([
    [{ pace: 'slow' }, 'bad value for pace'],
    [{ tokenTtlMs: -1 }, 'bad value for tokenTtlMs'],
    [{ port: 1 }, 'unknown setting: port'],
  ])('refuses setting %j with 400', async (body, error) => {
    const response = await control(base, 'config', body, 'PATCH');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it('sets and ticks a manual clock', async () => {
    expect(
      await json(control(base, 'clock', { mode: 'manual', now: '2025-01-01T00:00:00.000Z' })),
    ).toEqual({
      mode: 'manual',
      now: Date.parse('2025-01-01T00:00:00.000Z'),
    });
    expect(await json(control(base, 'tick', { ms: 1500 }))).toEqual({
      mode: 'manual',
      now: Date.parse('2025-01-01T00:00:01.500Z'),
    });
    const { issued_at } = await passwordGrant(base);
    expect(issued_at).toBe(String(Date.parse('2025-01-01T00:00:01.500Z')));
    expect((await control(base, 'tick', { ms: -5 })).status).toBe(400);
  });

  it('expires every session; with revokeRefresh the refresh tokens stop working too', async () => {
    const { verifier, challenge } = newVerifier();
    const tokens = await json<TokenBody>(
      exchangeCode(base, await authorizationCode(base, challenge), verifier),
    );
    const refresh = () =>
      postForm(`${base}/services/oauth2/token`, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token!,
        client_id: DEMO_CLIENT_ID,
      });
    await control(base, 'sessions/expire');
    expect((await api(base, '/services/data/v62.0/limits', tokens.access_token)).status).toBe(401);
    expect((await refresh()).status).toBe(200);
    await control(base, 'sessions/expire', { revokeRefresh: true });
    expect((await refresh()).status).toBe(400);
  });

  it("revokes one user's tokens: the access token is refused and so is its refresh", async () => {
    const { verifier, challenge } = newVerifier();
    const tokens = await json<TokenBody>(
      exchangeCode(base, await authorizationCode(base, challenge), verifier),
    );
    const analyst = await passwordGrant(base, ANALYST);
    expect(
      await json(control(base, 'sessions/revoke', { username: 'ADMIN@forklift.demo' })),
    ).toEqual({ status: 'revoked', username: 'admin@forklift.demo', refreshTokensRevoked: 1 });
    expect((await api(base, '/services/data/v62.0/limits', tokens.access_token)).status).toBe(401);
    const refresh = await postForm(`${base}/services/oauth2/token`, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      client_id: DEMO_CLIENT_ID,
    });
    expect([refresh.status, (await refresh.json()) as unknown]).toEqual([
      400,
      { error: 'invalid_grant', error_description: 'expired access/refresh token' },
    ]);
    expect((await api(base, '/services/data/v62.0/limits', analyst.access_token)).status).toBe(200);
    expect((await control(base, 'sessions/revoke', { username: 'nobody@x' })).status).toBe(404);
    expect((await control(base, 'sessions/revoke', {})).status).toBe(400);
  });

  it('changes a user permission, and refuses unknown users and permissions', async () => {
    const ok = await json(
      control(
        base,
        'users/ANALYST@forklift.demo/permissions',
        { bulkApiHardDelete: true },
        'PATCH',
      ),
    );
    expect(ok).toEqual({
      username: 'analyst@forklift.demo',
      permissions: {
        apiEnabled: true,
        bulkApiHardDelete: true,
        modifyAllData: false,
        viewAllData: false,
      },
    });
    expect(
      (await control(base, 'users/nobody@x/permissions', { apiEnabled: true }, 'PATCH')).status,
    ).toBe(404);
    expect(
      (await control(base, 'users/analyst@forklift.demo/permissions', { fly: true }, 'PATCH'))
        .status,
    ).toBe(400);
  });

  it('sets the Remaining of a limit, which /limits then shows', async () => {
    await control(base, 'limits', { DailyBulkApiBatches: { Remaining: 3 } }, 'PATCH');
    const { access_token } = await passwordGrant(base);
    const limits = await json<Record<string, { Max: number; Remaining: number }>>(
      api(base, '/services/data/v62.0/limits', access_token),
    );
    expect(limits.DailyBulkApiBatches).toEqual({ Max: 15000, Remaining: 3 });
    expect((await control(base, 'limits', { Nope: { Remaining: 1 } }, 'PATCH')).status).toBe(400);
  });
});
