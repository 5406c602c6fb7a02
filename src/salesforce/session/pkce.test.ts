import { describe, expect, it } from 'vitest';
import { base64UrlEncode, codeChallengeS256, createCodeVerifier, createOAuthState } from './pkce';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    // The RFC's own pair (https://www.rfc-editor.org/rfc/rfc7636#appendix-B).
    await expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43–128 unreserved characters, different every time', () => {
    const verifiers = Array.from({ length: 20 }, () => createCodeVerifier());
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    }
    expect(new Set(verifiers).size).toBe(verifiers.length);
  });

  it('makes a url-safe state that is different every time', () => {
    const states = [createOAuthState(), createOAuthState()];
    expect(states[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(states[0]).not.toBe(states[1]);
  });

  it.each([
    [[0xfb, 0xff], '-_8'],
    [[0], 'AA'],
    [[], ''],
  ])('encodes %j as base64url without padding: %s', (bytes, expected) => {
    expect(base64UrlEncode(new Uint8Array(bytes))).toBe(expected);
  });
});
