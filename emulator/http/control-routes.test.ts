import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { freshDemoOrg } from './fresh-demo-org';
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

const demo = freshDemoOrg();

const json = async <T>(response: Response | Promise<Response>) =>
  (await (await response).json()) as T;
const soql = async (token: string, text: string) =>
  json<{ totalSize: number; records: Record<string, unknown>[] }>(
    api(demo.url, `/services/data/v62.0/query?q=${encodeURIComponent(text)}`, token),
  );

describe('/__emulator control plane', () => {
  it('reports health', async () => {
    expect(await json(control(demo.url, 'health', undefined, 'GET'))).toEqual({
      status: 'ok',
      orgId: demo.org.orgId,
      publicUrl: demo.url,
    });
  });

  it('seeds extra records and returns their ids', async () => {
    const { ids } = await json<{ ids: string[] }>(
      control(demo.url, 'seed', {
        object: 'account',
        records: [{ name: 'Seeded One' }, { Name: 'Seeded Two', Industry: 'Energy' }],
      }),
    );
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id.startsWith('001') && id.length === 18)).toBe(true);
    const { access_token } = await passwordGrant(demo.url);
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
    const response = await control(demo.url, 'seed', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it('resets records, sessions, settings and the clock', async () => {
    const { access_token } = await passwordGrant(demo.url);
    await control(demo.url, 'seed', { object: 'Account', records: [{ Name: 'Temporary' }] });
    await control(demo.url, 'config', { oauthCors: false, pageSize: 500 }, 'PATCH');
    await control(demo.url, 'clock', { mode: 'manual', now: 0 });
    await control(demo.url, 'reset');
    expect((await api(demo.url, '/services/data/v62.0/limits', access_token)).status).toBe(401);
    const config = await json<Record<string, unknown>>(
      control(demo.url, 'config', undefined, 'GET'),
    );
    expect(config).toMatchObject({ oauthCors: true, pageSize: 2000 });
    expect(await json(control(demo.url, 'clock', undefined, 'GET'))).toMatchObject({
      mode: 'real',
    });
    const fresh = (await passwordGrant(demo.url)).access_token;
    expect((await soql(fresh, "SELECT Id FROM Account WHERE Name = 'Temporary'")).totalSize).toBe(
      0,
    );
  });

  it('changes settings, and isSandbox changes the Organization record', async () => {
    const updated = await json<Record<string, unknown>>(
      control(
        demo.url,
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
      publicUrl: demo.url,
    });
    const { access_token } = await passwordGrant(demo.url);
    expect(
      (await soql(access_token, 'SELECT IsSandbox FROM Organization')).records[0]?.IsSandbox,
    ).toBe(false);
  });

  it.each([
    [{ pace: 'slow' }, 'bad value for pace'],
    [{ tokenTtlMs: -1 }, 'bad value for tokenTtlMs'],
    [{ port: 1 }, 'unknown setting: port'],
  ])('refuses setting %j with 400', async (body, error) => {
    const response = await control(demo.url, 'config', body, 'PATCH');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it('sets and ticks a manual clock', async () => {
    expect(
      await json(control(demo.url, 'clock', { mode: 'manual', now: '2025-01-01T00:00:00.000Z' })),
    ).toEqual({
      mode: 'manual',
      now: Date.parse('2025-01-01T00:00:00.000Z'),
    });
    expect(await json(control(demo.url, 'tick', { ms: 1500 }))).toEqual({
      mode: 'manual',
      now: Date.parse('2025-01-01T00:00:01.500Z'),
    });
    const { issued_at } = await passwordGrant(demo.url);
    expect(issued_at).toBe(String(Date.parse('2025-01-01T00:00:01.500Z')));
    expect((await control(demo.url, 'tick', { ms: -5 })).status).toBe(400);
  });

  it('expires every session; with revokeRefresh the refresh tokens stop working too', async () => {
    const { verifier, challenge } = newVerifier();
    const tokens = await json<TokenBody>(
      exchangeCode(demo.url, await authorizationCode(demo.url, challenge), verifier),
    );
    const refresh = () =>
      postForm(`${demo.url}/services/oauth2/token`, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token!,
        client_id: DEMO_CLIENT_ID,
      });
    await control(demo.url, 'sessions/expire');
    expect((await api(demo.url, '/services/data/v62.0/limits', tokens.access_token)).status).toBe(
      401,
    );
    expect((await refresh()).status).toBe(200);
    await control(demo.url, 'sessions/expire', { revokeRefresh: true });
    expect((await refresh()).status).toBe(400);
  });

  it("revokes one user's tokens: the access token is refused and so is its refresh", async () => {
    const { verifier, challenge } = newVerifier();
    const tokens = await json<TokenBody>(
      exchangeCode(demo.url, await authorizationCode(demo.url, challenge), verifier),
    );
    const analyst = await passwordGrant(demo.url, ANALYST);
    expect(
      await json(control(demo.url, 'sessions/revoke', { username: 'ADMIN@forklift.demo' })),
    ).toEqual({ status: 'revoked', username: 'admin@forklift.demo', refreshTokensRevoked: 1 });
    expect((await api(demo.url, '/services/data/v62.0/limits', tokens.access_token)).status).toBe(
      401,
    );
    const refresh = await postForm(`${demo.url}/services/oauth2/token`, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      client_id: DEMO_CLIENT_ID,
    });
    expect([refresh.status, (await refresh.json()) as unknown]).toEqual([
      400,
      { error: 'invalid_grant', error_description: 'expired access/refresh token' },
    ]);
    expect((await api(demo.url, '/services/data/v62.0/limits', analyst.access_token)).status).toBe(
      200,
    );
    expect((await control(demo.url, 'sessions/revoke', { username: 'nobody@x' })).status).toBe(404);
    expect((await control(demo.url, 'sessions/revoke', {})).status).toBe(400);
  });

  it('changes a user permission, and refuses unknown users and permissions', async () => {
    const ok = await json(
      control(
        demo.url,
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
      (await control(demo.url, 'users/nobody@x/permissions', { apiEnabled: true }, 'PATCH')).status,
    ).toBe(404);
    expect(
      (await control(demo.url, 'users/analyst@forklift.demo/permissions', { fly: true }, 'PATCH'))
        .status,
    ).toBe(400);
  });

  it('sets the Remaining of a limit, which /limits then shows', async () => {
    await control(demo.url, 'limits', { DailyBulkApiBatches: { Remaining: 3 } }, 'PATCH');
    const { access_token } = await passwordGrant(demo.url);
    const limits = await json<Record<string, { Max: number; Remaining: number }>>(
      api(demo.url, '/services/data/v62.0/limits', access_token),
    );
    expect(limits.DailyBulkApiBatches).toEqual({ Max: 15000, Remaining: 3 });
    expect((await control(demo.url, 'limits', { Nope: { Remaining: 1 } }, 'PATCH')).status).toBe(
      400,
    );
  });
});
