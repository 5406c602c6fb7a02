import { describe, expect, it } from 'vitest';
import { SalesforceNetworkError } from '../network-error';
import { createMemoryStorage } from './key-value-storage';
import { authorizationError, beginLogin, completeLogin, SignInError } from './login-flow';
import {
  PENDING_LOGIN_MAX_AGE_MS,
  PENDING_LOGIN_STORAGE_KEY,
  takePendingLogin,
} from './pending-login';
import { codeChallengeS256 } from './pkce';
import { OAuthRequestError } from './session-errors';
import {
  ORG_ID,
  recordingOAuthClient,
  tokenResponse,
  USER_ID,
} from './test-support/recording-oauth-client';

const LOGIN_URL = 'https://acme.my.salesforce.com';
const REDIRECT_URI = 'http://localhost:5173/oauth/callback';
const NOW = 1_700_000_000_000;

async function started(returnTo = '/loads/new') {
  const storage = createMemoryStorage();
  const url = new URL(
    await beginLogin(
      storage,
      { loginUrl: LOGIN_URL, clientId: 'key', redirectUri: REDIRECT_URI, returnTo },
      NOW,
    ),
  );
  return { storage, url, state: url.searchParams.get('state') ?? '' };
}

let codeCounter = 0;
const freshCode = () => `aPrx.code-${++codeCounter}==`;

describe('beginLogin', () => {
  it('sends the user to the authorize endpoint with PKCE S256 and remembers the verifier', async () => {
    const { storage, url } = await started();
    const pending = takePendingLogin(storage);
    expect(`${url.origin}${url.pathname}`).toBe(`${LOGIN_URL}/services/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'key',
      redirect_uri: REDIRECT_URI,
      code_challenge: await codeChallengeS256(pending?.codeVerifier ?? ''),
      code_challenge_method: 'S256',
      state: pending?.state,
      scope: 'api refresh_token',
    });
    expect(url.search).toContain('scope=api%20refresh_token');
    expect(pending).toMatchObject({ loginUrl: LOGIN_URL, clientId: 'key', returnTo: '/loads/new' });
  });
});

describe('completeLogin', () => {
  it('exchanges the code once with the saved verifier, even when called twice', async () => {
    const { storage, state } = await started('/jobs');
    const { client, calls } = recordingOAuthClient(async () => tokenResponse('00D!at', 'rt'));
    const code = freshCode();
    const deps = { storage, oauth: client, redirectUri: REDIRECT_URI, now: NOW };
    const [first, second] = [
      completeLogin({ code, state }, deps),
      completeLogin({ code, state }, deps),
    ];
    expect(second).toBe(first);
    const done = await first;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      kind: 'requestToken',
      code,
      endpoints: { loginUrl: LOGIN_URL, clientId: 'key', redirectUri: REDIRECT_URI },
    });
    expect(done.returnTo).toBe('/jobs');
    expect(done.session).toMatchObject({ orgId: ORG_ID, userId: USER_ID, refreshToken: 'rt' });
    expect(storage.getItem(PENDING_LOGIN_STORAGE_KEY)).toBeNull();
  });

  it('refuses a state that does not match and exchanges nothing', async () => {
    const { storage } = await started();
    const { client, calls } = recordingOAuthClient(async () => tokenResponse('x'));
    const attempt = completeLogin(
      { code: freshCode(), state: 'forged' },
      { storage, oauth: client, redirectUri: REDIRECT_URI, now: NOW },
    );
    await expect(attempt).rejects.toMatchObject({ kind: 'state-mismatch' });
    expect(calls).toEqual([]);
    // The pending login is used up: replaying the right state afterwards fails too.
    expect(takePendingLogin(storage)).toBeUndefined();
  });

  it.each([
    ['no sign-in was started in this tab', false, NOW, 'no-pending-login'],
    [
      'the sign-in is older than the limit',
      true,
      NOW + PENDING_LOGIN_MAX_AGE_MS + 1,
      'pending-login-expired',
    ],
  ])('refuses the callback when %s', async (_, withPending, now, kind) => {
    const { storage, state } = await started();
    if (!withPending) takePendingLogin(storage);
    const { client, calls } = recordingOAuthClient(async () => tokenResponse('x'));
    const attempt = completeLogin(
      { code: freshCode(), state },
      { storage, oauth: client, redirectUri: REDIRECT_URI, now },
    );
    await expect(attempt).rejects.toMatchObject({ kind });
    expect(calls).toEqual([]);
  });

  it.each([
    [
      'an OAuth error',
      new OAuthRequestError('invalid_grant', 'authentication failure'),
      { kind: 'token-error', oauthError: 'invalid_grant', message: 'authentication failure' },
    ],
    [
      'no answer (CORS)',
      new SalesforceNetworkError(
        `${LOGIN_URL}/services/oauth2/token`,
        new TypeError('Failed to fetch'),
      ),
      { kind: 'network', loginUrl: LOGIN_URL },
    ],
  ])('turns %s from the token endpoint into a SignInError', async (_, failure, expected) => {
    const { storage, state } = await started();
    const { client } = recordingOAuthClient(async () => Promise.reject(failure));
    const attempt = completeLogin(
      { code: freshCode(), state },
      { storage, oauth: client, redirectUri: REDIRECT_URI, now: NOW },
    );
    await expect(attempt).rejects.toBeInstanceOf(SignInError);
    await expect(attempt).rejects.toMatchObject(expected);
  });
});

describe('authorizationError', () => {
  it.each([
    [
      { error: 'access_denied', description: 'end-user denied authorization' },
      'end-user denied authorization',
    ],
    [{ error: 'invalid_scope', description: '' }, 'invalid_scope'],
  ])('reports what Salesforce sent on the redirect: %j', (callback, message) => {
    expect(authorizationError(callback)).toMatchObject({
      kind: 'authorization-error',
      oauthError: callback.error,
      message,
    });
  });
});
