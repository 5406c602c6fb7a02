/**
 * Shapes of the demo org's OAuth endpoints, as Salesforce spells them (salesforce-api.md §5.3).
 */

/** `{error, error_description}`: the token endpoint's error body (an object, not an array). */
export interface OAuthError {
  error: string;
  error_description: string;
}

export type OAuthResult<T> = { ok: true; value: T } | { ok: false; error: OAuthError };

/** Token response: no `expires_in`, `issued_at` is a string of epoch milliseconds. */
export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: 'Bearer';
  issued_at: string;
}

/** What an access token stands for. */
export interface OAuthSession {
  accessToken: string;
  userId: string;
  clientId: string;
  scope: string;
  issuedAt: number;
  expiresAt: number;
  /** The refresh token this session was issued with or from; revoking it ends the session. */
  refreshToken: string | undefined;
}

export interface OAuthUser {
  id: string;
  username: string;
  password: string;
}

export const oauthError = (error: string, description: string): OAuthResult<never> => ({
  ok: false,
  error: { error, error_description: description },
});

/** Salesforce's exact descriptions where captures show them; others are [UNSURE] (§5.3). */
export const OAUTH_ERRORS = {
  authenticationFailure: ['invalid_grant', 'authentication failure'],
  expiredToken: ['invalid_grant', 'expired access/refresh token'],
  invalidCode: ['invalid_grant', 'invalid authorization code'],
  expiredCode: ['invalid_grant', 'expired authorization code'],
  missingVerifier: ['invalid_grant', 'invalid code verifier'],
  verifierMismatch: ['invalid_request', 'invalid code verifier'],
  invalidClientId: ['invalid_client_id', 'client identifier invalid'],
  redirectMismatch: ['redirect_uri_mismatch', 'redirect_uri must match configuration'],
  unsupportedGrant: ['unsupported_grant_type', 'grant type not supported'],
  unsupportedResponseType: ['unsupported_response_type', 'response type not supported'],
  invalidChallengeMethod: ['invalid_request', 'invalid code challenge method'],
  invalidScope: ['invalid_scope', 'the requested scope is not allowed'],
  accessDenied: ['access_denied', 'end-user denied authorization'],
} as const satisfies Record<string, readonly [string, string]>;

export type OAuthErrorName = keyof typeof OAUTH_ERRORS;

export function failWith(name: OAuthErrorName): OAuthResult<never> {
  const [error, description] = OAUTH_ERRORS[name];
  return oauthError(error, description);
}
