/**
 * PKCE (RFC 7636) as Salesforce applies it (salesforce-api.md §5.2, §10): a challenge without a
 * method means S256; `plain` only when asked for; verifiers longer than 128 characters are fine
 * (jsforce sends ~171).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type ChallengeMethod = 'S256' | 'plain';

export function parseChallengeMethod(value: string | undefined): ChallengeMethod | undefined {
  if (value === undefined || value === '' || value === 'S256') return 'S256';
  if (value === 'plain') return 'plain';
  return undefined;
}

export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function verifierMatches(
  challenge: string,
  method: ChallengeMethod,
  verifier: string,
): boolean {
  const expected = method === 'S256' ? s256Challenge(verifier) : verifier;
  const a = Buffer.from(expected);
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}
