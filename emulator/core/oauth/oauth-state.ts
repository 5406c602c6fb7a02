/**
 * The demo org's OAuth memory: authorization codes, access tokens and refresh tokens, all timed
 * by the org clock. Grants and their errors follow salesforce-api.md §5.2–5.4.
 */
import type { AuthorizeRequest } from './authorize-request';
import { verifierMatches } from './pkce';
import {
  ACCESS_TOKEN_SHAPE,
  REFRESH_TOKEN_SHAPE,
  newAccessToken,
  newAuthorizationCode,
  newRefreshToken,
  tokenSignature,
} from './token-strings';
import {
  failWith,
  type OAuthResult,
  type OAuthSession,
  type OAuthUser,
  type TokenResponse,
} from './oauth-types';

/** Salesforce's authorization codes are valid for 15 minutes. */
export const AUTHORIZATION_CODE_TTL_MS = 15 * 60 * 1000;

/** Expired sessions are dropped lazily; a long demo should not grow without bound. */
const PRUNE_AT_SESSIONS = 10_000;

export interface OAuthDeps {
  now(): number;
  tokenTtlMs(): number;
  /** Public base URL: `instance_url` and the host of identity URLs. */
  publicUrl(): string;
  /** 18-character org id. */
  orgId: string;
  findUser(username: string): OAuthUser | undefined;
  isRegisteredClient(clientId: string): boolean;
}

interface AuthorizationCode extends AuthorizeRequest {
  userId: string;
  expiresAt: number;
}

interface RefreshGrant {
  userId: string;
  clientId: string;
  scope: string;
}

export interface CodeExchange {
  code: string;
  clientId: string;
  redirectUri: string;
  codeVerifier: string | undefined;
}

export type RevokeOutcome = 'revoked' | 'invalid_token' | 'unsupported_token_type';

export interface OAuthState {
  /** Issues a single-use code for a signed-in user. */
  issueCode(request: AuthorizeRequest, userId: string): string;
  exchangeCode(exchange: CodeExchange): OAuthResult<TokenResponse>;
  refresh(refreshToken: string, clientId: string): OAuthResult<TokenResponse>;
  password(username: string, password: string, clientId: string): OAuthResult<TokenResponse>;
  /** The user checked against a password (login page and password grant). */
  authenticate(username: string, password: string): OAuthUser | undefined;
  /** The live session of an access token; undefined when unknown, revoked or expired. */
  session(accessToken: string): OAuthSession | undefined;
  revoke(token: string): RevokeOutcome;
  /** Every access token expires now; refresh tokens too when asked. */
  expireSessions(options?: { revokeRefresh?: boolean }): void;
  /**
   * What an admin's "Revoke" in Setup → Connected Apps OAuth Usage does for one user: every
   * refresh token and access token of that user stops working. Returns how many refresh tokens.
   */
  revokeUser(userId: string): number;
  clear(): void;
}

export function createOAuthState(deps: OAuthDeps): OAuthState {
  const codes = new Map<string, AuthorizationCode>();
  const sessions = new Map<string, OAuthSession>();
  const refreshGrants = new Map<string, RefreshGrant>();

  const authenticate = (username: string, password: string) => {
    const user = deps.findUser(username);
    return user && user.password === password ? user : undefined;
  };

  const issueTokens = (
    grant: RefreshGrant,
    refreshToken: string | undefined,
    returnRefreshToken: boolean,
  ): TokenResponse => {
    const now = deps.now();
    if (sessions.size >= PRUNE_AT_SESSIONS) pruneExpired(sessions, now);
    const accessToken = newAccessToken(deps.orgId);
    sessions.set(accessToken, {
      accessToken,
      userId: grant.userId,
      clientId: grant.clientId,
      scope: grant.scope,
      issuedAt: now,
      expiresAt: now + deps.tokenTtlMs(),
      refreshToken,
    });
    const id = `${deps.publicUrl()}/id/${deps.orgId}/${grant.userId}`;
    const issuedAt = String(now);
    return {
      access_token: accessToken,
      ...(returnRefreshToken && refreshToken ? { refresh_token: refreshToken } : {}),
      signature: tokenSignature(id, issuedAt),
      scope: grant.scope,
      instance_url: deps.publicUrl(),
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
    };
  };

  return {
    issueCode(request, userId) {
      const code = newAuthorizationCode();
      codes.set(code, { ...request, userId, expiresAt: deps.now() + AUTHORIZATION_CODE_TTL_MS });
      return code;
    },

    exchangeCode({ code, clientId, redirectUri, codeVerifier }) {
      if (!deps.isRegisteredClient(clientId)) return failWith('invalidClientId');
      const stored = codes.get(code);
      // Single use: a code is spent by any attempt to exchange it.
      codes.delete(code);
      if (!stored || stored.clientId !== clientId) return failWith('invalidCode');
      if (deps.now() >= stored.expiresAt) return failWith('expiredCode');
      if (stored.redirectUri !== redirectUri) return failWith('redirectMismatch');
      if (stored.codeChallenge !== undefined) {
        if (!codeVerifier) return failWith('missingVerifier');
        if (!verifierMatches(stored.codeChallenge, stored.challengeMethod, codeVerifier)) {
          return failWith('verifierMismatch');
        }
      }
      const grant = { userId: stored.userId, clientId, scope: stored.scope };
      const scopes = stored.scope.split(' ');
      const wantsRefresh = scopes.includes('refresh_token') || scopes.includes('offline_access');
      const refreshToken = wantsRefresh ? newRefreshToken() : undefined;
      if (refreshToken) refreshGrants.set(refreshToken, grant);
      return { ok: true, value: issueTokens(grant, refreshToken, true) };
    },

    refresh(refreshToken, clientId) {
      if (!deps.isRegisteredClient(clientId)) return failWith('invalidClientId');
      const grant = refreshGrants.get(refreshToken);
      if (!grant || grant.clientId !== clientId) return failWith('expiredToken');
      // The same shape, without a new refresh token (no rotation; §5.3).
      return { ok: true, value: issueTokens(grant, refreshToken, false) };
    },

    password(username, password, clientId) {
      if (!deps.isRegisteredClient(clientId)) return failWith('invalidClientId');
      const user = authenticate(username, password);
      if (!user) return failWith('authenticationFailure');
      // The username-password flow never returns a refresh token.
      const grant = { userId: user.id, clientId, scope: 'api' };
      return { ok: true, value: issueTokens(grant, undefined, false) };
    },

    authenticate,

    session(accessToken) {
      const session = sessions.get(accessToken);
      if (!session) return undefined;
      if (deps.now() >= session.expiresAt) {
        sessions.delete(accessToken);
        return undefined;
      }
      return session;
    },

    revoke(token) {
      if (sessions.delete(token)) return 'revoked';
      if (refreshGrants.delete(token)) {
        for (const [accessToken, session] of sessions) {
          if (session.refreshToken === token) sessions.delete(accessToken);
        }
        return 'revoked';
      }
      const looksLikeOurs = ACCESS_TOKEN_SHAPE.test(token) || REFRESH_TOKEN_SHAPE.test(token);
      return looksLikeOurs ? 'invalid_token' : 'unsupported_token_type';
    },

    expireSessions(options = {}) {
      const now = deps.now();
      for (const session of sessions.values()) session.expiresAt = Math.min(session.expiresAt, now);
      if (options.revokeRefresh) refreshGrants.clear();
    },

    revokeUser(userId) {
      let revoked = 0;
      for (const [token, grant] of refreshGrants) {
        if (grant.userId !== userId) continue;
        refreshGrants.delete(token);
        revoked += 1;
      }
      for (const [accessToken, session] of sessions) {
        if (session.userId === userId) sessions.delete(accessToken);
      }
      return revoked;
    },

    clear() {
      codes.clear();
      sessions.clear();
      refreshGrants.clear();
    },
  };
}

function pruneExpired(sessions: Map<string, OAuthSession>, now: number): void {
  for (const [token, session] of sessions) if (now >= session.expiresAt) sessions.delete(token);
}
