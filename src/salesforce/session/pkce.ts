/**
 * PKCE (RFC 7636) and the OAuth `state`, from WebCrypto. jsforce's own verifier needs Node's
 * crypto, so we make ours and hand it to jsforce's OAuth2 (salesforce-api.md §6.5).
 */

/** 64 random bytes give an 86-character verifier: inside RFC 7636's 43–128 characters. */
const VERIFIER_BYTES = 64;
/** 32 random bytes (256 bits) make `state` unguessable. */
const STATE_BYTES = 32;

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBase64Url(byteCount: number): string {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(byteCount)));
}

export function createCodeVerifier(): string {
  return randomBase64Url(VERIFIER_BYTES);
}

/** `BASE64URL(SHA256(ASCII(verifier)))`, no padding, encoded once (salesforce-api.md §5.2). */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

export function createOAuthState(): string {
  return randomBase64Url(STATE_BYTES);
}
