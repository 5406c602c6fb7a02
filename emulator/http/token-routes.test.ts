import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { freshDemoOrg } from './fresh-demo-org';
import {
  ADMIN,
  REDIRECT_URI,
  api,
  authorizationCode,
  control,
  exchangeCode,
  logIn,
  newVerifier,
  passwordGrant,
  postForm,
  type TokenBody,
} from './demo-org-test-client';

const demo = freshDemoOrg();

const TOKEN_SHAPE = /(00D\w{12,15})![.\w]*/;
const tokenUrl = () => `${demo.url}/services/oauth2/token`;

describe('authorization code + PKCE', () => {
  it('exchanges a code for Salesforce-shaped tokens with the S256 verifier', async () => {
    const { verifier, challenge } = newVerifier();
    const code = await authorizationCode(demo.url, challenge);
    const response = await exchangeCode(demo.url, code, verifier);
    expect(response.status).toBe(200);
    const body = (await response.json()) as TokenBody;
    expect(Object.keys(body)).toEqual([
      'access_token',
      'refresh_token',
      'signature',
      'scope',
      'instance_url',
      'id',
      'token_type',
      'issued_at',
    ]);
    expect(body).not.toHaveProperty('expires_in');
    expect(body.access_token).toMatch(TOKEN_SHAPE);
    expect(body.access_token.slice(0, 15)).toBe(demo.org.orgId.slice(0, 15));
    expect(body.instance_url).toBe(demo.url);
    expect(body.id).toBe(
      `${demo.url}/id/${demo.org.orgId}/${demo.org.findUser(ADMIN.username)!.id}`,
    );
    expect(body.token_type).toBe('Bearer');
    expect(body.issued_at).toMatch(/^\d{13}$/);
    expect(body.scope).toBe('refresh_token api');
    expect((await api(demo.url, '/services/data/v62.0/limits', body.access_token)).status).toBe(
      200,
    );
  });

  it('treats a challenge without code_challenge_method as S256 and accepts a 171-character verifier', async () => {
    const { verifier, challenge } = newVerifier();
    const longVerifier = `${verifier}${'x'.repeat(171 - verifier.length)}`;
    const longChallenge = (await import('node:crypto'))
      .createHash('sha256')
      .update(longVerifier)
      .digest('base64url');
    expect(challenge).not.toBe(longChallenge);
    const code = await authorizationCode(demo.url, longChallenge, { code_challenge_method: '' });
    expect((await exchangeCode(demo.url, code, longVerifier)).status).toBe(200);
  });

  it('returns the code and the state untouched on the redirect', async () => {
    const state = 'Zz9+/= &?#%é';
    const response = await logIn(demo.url, {
      response_type: 'code',
      client_id: DEMO_CLIENT_ID,
      redirect_uri: `${REDIRECT_URI}?tab=1`,
      state,
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location')!);
    expect(location.searchParams.get('state')).toBe(state);
    expect(location.searchParams.get('tab')).toBe('1');
    expect(location.searchParams.get('code')).toMatch(/==$/);
  });

  it.each([
    ['a wrong verifier', 'not-the-verifier', 'invalid_request'],
    ['no verifier', undefined, 'invalid_grant'],
  ])('refuses %s when a challenge was sent', async (_, verifier, error) => {
    const { challenge } = newVerifier();
    const code = await authorizationCode(demo.url, challenge);
    const response = await exchangeCode(demo.url, code, verifier);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error, error_description: 'invalid code verifier' });
  });

  it('accepts a code only once', async () => {
    const { verifier, challenge } = newVerifier();
    const code = await authorizationCode(demo.url, challenge);
    expect((await exchangeCode(demo.url, code, verifier)).status).toBe(200);
    const replay = await exchangeCode(demo.url, code, verifier);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'invalid authorization code',
    });
  });

  it('refuses a code after 15 minutes on the org clock', async () => {
    await control(demo.url, 'clock', { mode: 'manual', now: '2025-03-01T10:00:00Z' });
    const { verifier, challenge } = newVerifier();
    const code = await authorizationCode(demo.url, challenge);
    await control(demo.url, 'tick', { ms: 15 * 60 * 1000 });
    const response = await exchangeCode(demo.url, code, verifier);
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'expired authorization code',
    });
  });

  it('refuses a redirect URI other than the one the code was issued for', async () => {
    const { verifier, challenge } = newVerifier();
    const code = await authorizationCode(demo.url, challenge);
    const response = await exchangeCode(demo.url, code, verifier, 'http://localhost:5173/other');
    expect(((await response.json()) as { error: string }).error).toBe('redirect_uri_mismatch');
  });
});

describe('the token endpoint', () => {
  it('refreshes with the same shape and no new refresh token', async () => {
    const { verifier, challenge } = newVerifier();
    const first = (await (
      await exchangeCode(demo.url, await authorizationCode(demo.url, challenge), verifier)
    ).json()) as TokenBody;
    const response = await postForm(tokenUrl(), {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token!,
      client_id: DEMO_CLIENT_ID,
    });
    const body = (await response.json()) as TokenBody;
    expect(response.status).toBe(200);
    expect(Object.keys(body)).toEqual([
      'access_token',
      'signature',
      'scope',
      'instance_url',
      'id',
      'token_type',
      'issued_at',
    ]);
    expect(body.access_token).not.toBe(first.access_token);
    expect(body.id).toBe(first.id);
  });

  it('signs in with the password grant, without a refresh token', async () => {
    const body = await passwordGrant(demo.url);
    expect(body.access_token).toMatch(TOKEN_SHAPE);
    expect(body).not.toHaveProperty('refresh_token');
  });

  it.each([
    [
      'a wrong password',
      {
        grant_type: 'password',
        client_id: DEMO_CLIENT_ID,
        username: ADMIN.username,
        password: 'nope',
      },
      'invalid_grant',
      'authentication failure',
    ],
    [
      'an unknown user',
      {
        grant_type: 'password',
        client_id: DEMO_CLIENT_ID,
        username: 'who@x',
        password: 'forklift',
      },
      'invalid_grant',
      'authentication failure',
    ],
    [
      'an unknown client',
      { grant_type: 'password', client_id: 'nope', username: ADMIN.username, password: 'forklift' },
      'invalid_client_id',
      'client identifier invalid',
    ],
    [
      'an unknown refresh token',
      { grant_type: 'refresh_token', client_id: DEMO_CLIENT_ID, refresh_token: '5Aep861abc' },
      'invalid_grant',
      'expired access/refresh token',
    ],
    [
      'an unknown grant type',
      { grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID },
      'unsupported_grant_type',
      'grant type not supported',
    ],
  ])('answers %s with 400 {error, error_description}', async (_, params, error, description) => {
    const response = await postForm(tokenUrl(), params);
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error, error_description: description });
  });
});

describe('revoke', () => {
  it('ends an access token: later API calls get 401 INVALID_SESSION_ID', async () => {
    const { access_token } = await passwordGrant(demo.url);
    const response = await postForm(`${demo.url}/services/oauth2/revoke`, { token: access_token });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const call = await api(demo.url, '/services/data/v62.0/limits', access_token);
    expect(call.status).toBe(401);
    expect(await call.json()).toEqual([
      { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
    ]);
  });

  it('ends a refresh token and every access token issued from it', async () => {
    const { verifier, challenge } = newVerifier();
    const tokens = (await (
      await exchangeCode(demo.url, await authorizationCode(demo.url, challenge), verifier)
    ).json()) as TokenBody;
    expect(
      (await postForm(`${demo.url}/services/oauth2/revoke`, { token: tokens.refresh_token! }))
        .status,
    ).toBe(200);
    expect((await api(demo.url, '/services/data/v62.0/limits', tokens.access_token)).status).toBe(
      401,
    );
    const refresh = await postForm(tokenUrl(), {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      client_id: DEMO_CLIENT_ID,
    });
    expect(await refresh.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'expired access/refresh token',
    });
  });

  it.each([
    ['an already revoked token', '00D5F0000000001!AQabc', 'invalid_token'],
    ['something that is no token', 'hello', 'unsupported_token_type'],
  ])('answers %s with a form-encoded 400', async (_, token, error) => {
    const response = await postForm(`${demo.url}/services/oauth2/revoke`, { token });
    expect(response.status).toBe(400);
    expect(new URLSearchParams(await response.text()).get('error')).toBe(error);
  });
});
