/**
 * `POST /services/oauth2/token`: picks the grant by `grant_type` (salesforce-api.md §5.3).
 * A client secret is accepted and ignored: the demo client is a public (PKCE) client.
 */
import type { OAuthState } from './oauth-state';
import { failWith, type OAuthResult, type TokenResponse } from './oauth-types';

export const SUPPORTED_GRANT_TYPES = ['authorization_code', 'refresh_token', 'password'] as const;
export type GrantType = (typeof SUPPORTED_GRANT_TYPES)[number];

function isGrantType(value: string | undefined): value is GrantType {
  return (SUPPORTED_GRANT_TYPES as readonly (string | undefined)[]).includes(value);
}

export function handleTokenRequest(
  oauth: OAuthState,
  params: Record<string, string | undefined>,
): OAuthResult<TokenResponse> {
  const grantType = params.grant_type;
  if (!isGrantType(grantType)) return failWith('unsupportedGrant');
  const clientId = params.client_id ?? '';
  switch (grantType) {
    case 'authorization_code':
      return oauth.exchangeCode({
        code: params.code ?? '',
        clientId,
        redirectUri: params.redirect_uri ?? '',
        codeVerifier: params.code_verifier || undefined,
      });
    case 'refresh_token':
      return oauth.refresh(params.refresh_token ?? '', clientId);
    case 'password':
      return oauth.password(params.username ?? '', params.password ?? '', clientId);
    default: {
      const unreachable: never = grantType;
      return unreachable;
    }
  }
}
