import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { freshDemoOrg } from './fresh-demo-org';
import {
  ADMIN,
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

const INVALID_SESSION = [
  { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
];
const LIMITS = '/services/data/v62.0/limits';

describe('sessions on the REST API', () => {
  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { Authorization: 'Bearer 00D5F0000000001!AQnothing' }],
    ['a malformed header', { Authorization: 'Basic abc' }],
  ])('answers %s with 401 INVALID_SESSION_ID', async (_, headers) => {
    const response = await fetch(`${demo.url}${LIMITS}`, { headers });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(INVALID_SESSION);
  });

  it("accepts Salesforce's older `OAuth <token>` scheme", async () => {
    const { access_token } = await passwordGrant(demo.url);
    const response = await fetch(`${demo.url}${LIMITS}`, {
      headers: { Authorization: `OAuth ${access_token}` },
    });
    expect(response.status).toBe(200);
  });

  it('expires an access token after the token TTL on the org clock', async () => {
    await control(demo.url, 'config', { tokenTtlMs: 60_000 }, 'PATCH');
    await control(demo.url, 'clock', { mode: 'manual', now: 1_700_000_000_000 });
    const { access_token } = await passwordGrant(demo.url);
    await control(demo.url, 'tick', { ms: 59_999 });
    expect((await api(demo.url, LIMITS, access_token)).status).toBe(200);
    await control(demo.url, 'tick', { ms: 1 });
    expect((await api(demo.url, LIMITS, access_token)).status).toBe(401);
  });

  it('gets 401 for an expired session, then works again with a refreshed token', async () => {
    const { verifier, challenge } = newVerifier();
    const tokens = (await (
      await exchangeCode(demo.url, await authorizationCode(demo.url, challenge), verifier)
    ).json()) as TokenBody;
    await control(demo.url, 'sessions/expire');
    const expired = await api(demo.url, LIMITS, tokens.access_token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual(INVALID_SESSION);
    const refresh = await postForm(`${demo.url}/services/oauth2/token`, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      client_id: DEMO_CLIENT_ID,
    });
    const refreshed = (await refresh.json()) as TokenBody;
    expect((await api(demo.url, LIMITS, refreshed.access_token)).status).toBe(200);
  });

  it('refuses a user without "API Enabled" with 403 API_DISABLED_FOR_ORG', async () => {
    const { access_token } = await passwordGrant(demo.url);
    await control(demo.url, `users/${ADMIN.username}/permissions`, { apiEnabled: false }, 'PATCH');
    const response = await api(demo.url, LIMITS, access_token);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errorCode: string }[])[0]?.errorCode).toBe(
      'API_DISABLED_FOR_ORG',
    );
  });

  it('counts API calls in DailyApiRequests and refuses calls once it runs out', async () => {
    const { access_token } = await passwordGrant(demo.url);
    await control(demo.url, 'limits', { DailyApiRequests: { Remaining: 2 } }, 'PATCH');
    const first = await api(demo.url, LIMITS, access_token);
    expect(first.headers.get('Sforce-Limit-Info')).toMatch(/^api-usage=\d+\/\d+$/);
    expect(
      ((await first.json()) as Record<string, { Remaining: number }>).DailyApiRequests?.Remaining,
    ).toBe(1);
    expect((await api(demo.url, LIMITS, access_token)).status).toBe(200);
    const refused = await api(demo.url, LIMITS, access_token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual([
      { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
    ]);
  });
});
