import type { OAuthClient, OAuthEndpoints } from '../oauth-client';
import type { TokenResponseFields } from '../session';

export type OAuthCall =
  | { kind: 'requestToken'; endpoints: OAuthEndpoints; code: string; codeVerifier: string }
  | { kind: 'refreshToken'; endpoints: OAuthEndpoints; refreshToken: string }
  | { kind: 'revokeToken'; endpoints: OAuthEndpoints; token: string };

/**
 * An OAuthClient for unit tests of the session logic (state checks, single exchange, refresh
 * sharing): it records calls and answers with what the test queues. The HTTP itself is tested
 * against the demo org in *.emulator.test.ts files.
 */
export function recordingOAuthClient(
  answer: (call: OAuthCall) => Promise<TokenResponseFields | void>,
) {
  const calls: OAuthCall[] = [];
  const run = <T>(call: OAuthCall) => {
    calls.push(call);
    return answer(call) as Promise<T>;
  };
  const client: OAuthClient = {
    requestToken: (endpoints, code, codeVerifier) =>
      run({ kind: 'requestToken', endpoints, code, codeVerifier }),
    refreshToken: (endpoints, refreshToken) =>
      run({ kind: 'refreshToken', endpoints, refreshToken }),
    revokeToken: (endpoints, token) => run({ kind: 'revokeToken', endpoints, token }),
  };
  return { client, calls };
}

export const ORG_ID = '00D000000000001EAA';
export const USER_ID = '005000000000001AAA';

export function tokenResponse(accessToken: string, refreshToken?: string): TokenResponseFields {
  return {
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    instance_url: 'https://acme.my.salesforce.com',
    id: `https://acme.my.salesforce.com/id/${ORG_ID}/${USER_ID}`,
    issued_at: '1700000000000',
  };
}
