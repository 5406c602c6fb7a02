/**
 * The look of Salesforce's OAuth strings. Access tokens are `00D<orgId15>!<opaque>` because real
 * clients check them with the regex `(00D\w{12,15})![.\w]*` (salesforce-api.md §10); codes end in
 * `==` like Salesforce's, so a client that forgets to percent-decode them finds out here.
 */
import { createHmac, randomBytes } from 'node:crypto';

const ACCESS_TOKEN_BYTES = 72;
const REFRESH_TOKEN_BYTES = 60;
const CODE_BYTES = 48;
/** The demo client has no consumer secret; the signature only needs to look and verify the same. */
const SIGNATURE_KEY = 'forklift-demo-org';

/** `.` and `_` are the only non-alphanumerics a real token carries. */
function opaque(bytes: number): string {
  return randomBytes(bytes).toString('base64url').replace(/-/g, '.');
}

export function newAccessToken(orgId: string): string {
  return `${orgId.slice(0, 15)}!AQ${opaque(ACCESS_TOKEN_BYTES)}`;
}

export function newRefreshToken(): string {
  return `5Aep861${opaque(REFRESH_TOKEN_BYTES)}`;
}

export function newAuthorizationCode(): string {
  return `aPrx${randomBytes(CODE_BYTES).toString('base64').replace(/=+$/, '')}==`;
}

export const ACCESS_TOKEN_SHAPE = /^00D\w{12}![.\w]+$/;
export const REFRESH_TOKEN_SHAPE = /^5Aep861[.\w]+$/;

/** Base64 HMAC-SHA256 of `id + issued_at` (salesforce-api.md §5.3). */
export function tokenSignature(id: string, issuedAt: string): string {
  return createHmac('sha256', SIGNATURE_KEY)
    .update(id + issuedAt)
    .digest('base64');
}
