import { describe, expect, it } from 'vitest';
import type { AuthorizeRequest } from './authorize-request';
import { AUTHORIZATION_CODE_TTL_MS, createOAuthState } from './oauth-state';
import { s256Challenge } from './pkce';

const ORG_ID = '00D5F0000000001UAA';
const USER = { id: '0055F0000000001QAA', username: 'admin@forklift.demo', password: 'forklift' };
const CLIENT = 'forklift-console';
const OTHER_USER_ID = '0055F0000000002QAA';
const REDIRECT = 'http://localhost:5173/oauth/callback';
const TTL = 1000;

function setup() {
  let now = 1_000_000;
  const oauth = createOAuthState({
    now: () => now,
    tokenTtlMs: () => TTL,
    publicUrl: () => 'http://localhost:4455',
    orgId: ORG_ID,
    findUser: (username) => (username.toLowerCase() === USER.username ? USER : undefined),
    isRegisteredClient: (clientId) => clientId === CLIENT,
  });
  return { oauth, advance: (ms: number) => (now += ms) };
}

const request = (overrides: Partial<AuthorizeRequest> = {}): AuthorizeRequest => ({
  clientId: CLIENT,
  redirectUri: REDIRECT,
  state: undefined,
  scope: 'refresh_token api',
  codeChallenge: undefined,
  challengeMethod: 'S256',
  loginHint: undefined,
  ...overrides,
});

const exchange = (code: string, codeVerifier?: string) => ({
  code,
  clientId: CLIENT,
  redirectUri: REDIRECT,
  codeVerifier,
});

describe('OAuth state', () => {
  it("issues tokens shaped like Salesforce's and resolves them to the session", () => {
    const { oauth } = setup();
    const result = oauth.exchangeCode(exchange(oauth.issueCode(request(), USER.id)));
    if (!result.ok) throw new Error(result.error.error);
    expect(result.value.access_token).toMatch(/^00D5F0000000001![.\w]+$/);
    expect(result.value.refresh_token).toMatch(/^5Aep861[.\w]+$/);
    expect(result.value.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(result.value.issued_at).toBe('1000000');
    expect(oauth.session(result.value.access_token)).toMatchObject({
      userId: USER.id,
      clientId: CLIENT,
    });
  });

  it('gives no refresh token without the refresh_token or offline_access scope', () => {
    const { oauth } = setup();
    const result = oauth.exchangeCode(
      exchange(oauth.issueCode(request({ scope: 'api' }), USER.id)),
    );
    expect(result.ok && result.value.refresh_token).toBe(undefined);
  });

  it.each([
    ['S256', 'S256', (v: string) => s256Challenge(v), true],
    ['plain, when asked for', 'plain', (v: string) => v, true],
    ['plain text under S256', 'S256', (v: string) => v, false],
  ] as const)('checks the verifier: %s', (_, method, challengeOf, ok) => {
    const { oauth } = setup();
    const verifier = 'v'.repeat(171);
    const code = oauth.issueCode(
      request({ codeChallenge: challengeOf(verifier), challengeMethod: method }),
      USER.id,
    );
    expect(oauth.exchangeCode(exchange(code, verifier)).ok).toBe(ok);
  });

  it('spends a code on its first use, even a failed one', () => {
    const { oauth } = setup();
    const code = oauth.issueCode(request({ codeChallenge: s256Challenge('right') }), USER.id);
    expect(oauth.exchangeCode(exchange(code, 'wrong'))).toMatchObject({
      ok: false,
      error: { error: 'invalid_request' },
    });
    expect(oauth.exchangeCode(exchange(code, 'right'))).toMatchObject({
      ok: false,
      error: { error: 'invalid_grant' },
    });
  });

  it('lets a code live for 15 minutes on the clock', () => {
    const { oauth, advance } = setup();
    const early = oauth.issueCode(request(), USER.id);
    const late = oauth.issueCode(request(), USER.id);
    advance(AUTHORIZATION_CODE_TTL_MS - 1);
    expect(oauth.exchangeCode(exchange(early)).ok).toBe(true);
    advance(1);
    expect(oauth.exchangeCode(exchange(late))).toMatchObject({
      ok: false,
      error: { error: 'invalid_grant', error_description: 'expired authorization code' },
    });
  });

  it('expires access tokens after the TTL, and refresh keeps working', () => {
    const { oauth, advance } = setup();
    const tokens = oauth.exchangeCode(exchange(oauth.issueCode(request(), USER.id)));
    if (!tokens.ok) throw new Error('no tokens');
    advance(TTL);
    expect(oauth.session(tokens.value.access_token)).toBeUndefined();
    const refreshed = oauth.refresh(tokens.value.refresh_token!, CLIENT);
    expect(refreshed.ok && oauth.session(refreshed.value.access_token)?.userId).toBe(USER.id);
  });

  it('revokes a refresh token together with the access tokens issued from it', () => {
    const { oauth } = setup();
    const tokens = oauth.exchangeCode(exchange(oauth.issueCode(request(), USER.id)));
    if (!tokens.ok) throw new Error('no tokens');
    const refreshed = oauth.refresh(tokens.value.refresh_token!, CLIENT);
    const other = oauth.password(USER.username, USER.password, CLIENT);
    if (!refreshed.ok || !other.ok) throw new Error('no tokens');
    expect(oauth.revoke(tokens.value.refresh_token!)).toBe('revoked');
    expect(oauth.session(tokens.value.access_token)).toBeUndefined();
    expect(oauth.session(refreshed.value.access_token)).toBeUndefined();
    expect(oauth.session(other.value.access_token)).toBeDefined();
    expect(oauth.revoke(tokens.value.refresh_token!)).toBe('invalid_token');
  });

  it('expires every session at once, keeping refresh tokens unless asked', () => {
    const { oauth } = setup();
    const tokens = oauth.exchangeCode(exchange(oauth.issueCode(request(), USER.id)));
    if (!tokens.ok) throw new Error('no tokens');
    oauth.expireSessions();
    expect(oauth.session(tokens.value.access_token)).toBeUndefined();
    expect(oauth.refresh(tokens.value.refresh_token!, CLIENT).ok).toBe(true);
    oauth.expireSessions({ revokeRefresh: true });
    expect(oauth.refresh(tokens.value.refresh_token!, CLIENT).ok).toBe(false);
  });

  it("revokes one user's refresh and access tokens, leaving other users signed in", () => {
    const { oauth } = setup();
    const tokens = oauth.exchangeCode(exchange(oauth.issueCode(request(), USER.id)));
    const other = oauth.exchangeCode(exchange(oauth.issueCode(request(), OTHER_USER_ID)));
    if (!tokens.ok || !other.ok) throw new Error('no tokens');
    expect(oauth.revokeUser(USER.id)).toBe(1);
    expect(oauth.session(tokens.value.access_token)).toBeUndefined();
    expect(oauth.refresh(tokens.value.refresh_token!, CLIENT)).toMatchObject({
      ok: false,
      error: { error: 'invalid_grant' },
    });
    expect(oauth.session(other.value.access_token)?.userId).toBe(OTHER_USER_ID);
    expect(oauth.refresh(other.value.refresh_token!, CLIENT).ok).toBe(true);
    expect(oauth.revokeUser(USER.id)).toBe(0);
  });
});
