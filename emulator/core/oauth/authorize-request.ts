/**
 * Checks an authorization request (`GET /services/oauth2/authorize`, salesforce-api.md §5.2).
 * An unknown client or an unregistered redirect URI is shown on the login host and never
 * redirected to; every other problem goes back to the client as `error` on the redirect.
 */
import { type ChallengeMethod, parseChallengeMethod } from './pkce';
import { OAUTH_ERRORS, type OAuthError, type OAuthErrorName } from './oauth-types';

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string | undefined;
  scope: string;
  codeChallenge: string | undefined;
  challengeMethod: ChallengeMethod;
  loginHint: string | undefined;
}

export type AuthorizeCheck =
  | { kind: 'ok'; request: AuthorizeRequest }
  /** Shown on the login host: there is no trusted place to send the user back to. */
  | { kind: 'show-error'; error: OAuthError }
  | { kind: 'redirect-error'; location: string };

export interface ClientRegistry {
  isRegisteredClient(clientId: string): boolean;
  isAllowedRedirectUri(clientId: string, redirectUri: string): boolean;
}

/** Scopes the demo client may ask for; without `scope` it gets `refresh_token api`. */
export const DEMO_CLIENT_SCOPES = [
  'api',
  'refresh_token',
  'offline_access',
  'web',
  'openid',
  'id',
  'profile',
  'email',
  'address',
  'phone',
  'full',
] as const;
export const DEFAULT_SCOPE = 'refresh_token api';

type Params = Record<string, string | undefined>;

export function checkAuthorizeRequest(params: Params, clients: ClientRegistry): AuthorizeCheck {
  const clientId = params.client_id ?? '';
  const redirectUri = params.redirect_uri ?? '';
  const state = params.state;
  if (!clients.isRegisteredClient(clientId)) {
    return { kind: 'show-error', error: errorOf('invalidClientId') };
  }
  if (!clients.isAllowedRedirectUri(clientId, redirectUri)) {
    return { kind: 'show-error', error: errorOf('redirectMismatch') };
  }
  const fail = (name: OAuthErrorName): AuthorizeCheck => ({
    kind: 'redirect-error',
    location: redirectLocation(redirectUri, { ...errorOf(name), state }),
  });
  if (params.response_type !== 'code') return fail('unsupportedResponseType');
  const challengeMethod = parseChallengeMethod(params.code_challenge_method);
  if (!challengeMethod) return fail('invalidChallengeMethod');
  const scope = normaliseScope(params.scope);
  if (scope === undefined) return fail('invalidScope');
  return {
    kind: 'ok',
    request: {
      clientId,
      redirectUri,
      state,
      scope,
      codeChallenge: params.code_challenge || undefined,
      challengeMethod,
      loginHint: params.login_hint || undefined,
    },
  };
}

/** The granted scope string, or undefined when a scope is not the client's. */
export function normaliseScope(requested: string | undefined): string | undefined {
  const scopes = (requested ?? '').split(/[\s+]+/).filter((s) => s.length > 0);
  if (scopes.length === 0) return DEFAULT_SCOPE;
  const allowed: readonly string[] = DEMO_CLIENT_SCOPES;
  if (!scopes.every((s) => allowed.includes(s))) return undefined;
  return [...new Set(scopes)].join(' ');
}

/** `redirect_uri` plus query parameters (kept after any query the URI already has). */
export function redirectLocation(redirectUri: string, params: Params): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.append(name, value);
  }
  return url.toString();
}

/** The redirect after the user declined (the login page's Cancel). */
export function deniedLocation(request: AuthorizeRequest): string {
  return redirectLocation(request.redirectUri, {
    ...errorOf('accessDenied'),
    state: request.state,
  });
}

function errorOf(name: OAuthErrorName): OAuthError {
  const [error, description] = OAUTH_ERRORS[name];
  return { error, error_description: description };
}
