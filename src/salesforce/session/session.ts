/**
 * A signed-in session: what the console keeps after the token exchange (salesforce-api.md §5.3).
 * There is no `expires_in`: expiry shows up as a 401 INVALID_SESSION_ID, answered by a refresh.
 */
export interface Session {
  instanceUrl: string;
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds, from the token response's `issued_at` string. */
  issuedAt: number;
  /** The identity URL `<host>/id/<orgId18>/<userId18>`. */
  idUrl: string;
  userId: string;
  orgId: string;
  /** The host the OAuth flow ran on (My Domain or the demo org); refresh and revoke go there. */
  loginUrl: string;
  clientId: string;
}

/** The fields of Salesforce's token response that the console reads. */
export interface TokenResponseFields {
  access_token: string;
  refresh_token?: string;
  instance_url: string;
  id: string;
  issued_at: string;
}

export interface SessionOrigin {
  loginUrl: string;
  clientId: string;
}

/** jsforce also takes org and user ids as the last two segments of the `id` URL (§5.3). */
export function parseIdentityUrl(idUrl: string): { orgId: string; userId: string } | undefined {
  let segments: string[];
  try {
    segments = new URL(idUrl).pathname.split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  const [userId, orgId] = [segments.at(-1), segments.at(-2)];
  if (!orgId || !userId || segments.at(-3) !== 'id') return undefined;
  return { orgId, userId };
}

export function sessionFromTokenResponse(
  token: TokenResponseFields,
  origin: SessionOrigin,
): Session {
  const ids = parseIdentityUrl(token.id);
  if (!ids) throw new Error(`The token response has no usable identity URL: ${token.id}`);
  return {
    instanceUrl: token.instance_url.replace(/\/+$/, ''),
    accessToken: token.access_token,
    ...(token.refresh_token ? { refreshToken: token.refresh_token } : {}),
    issuedAt: Number(token.issued_at),
    idUrl: token.id,
    ...ids,
    loginUrl: origin.loginUrl,
    clientId: origin.clientId,
  };
}

/** A refresh normally returns no new refresh token (no rotation), so the old one is kept (§5.3). */
export function withRefreshedToken(session: Session, token: TokenResponseFields): Session {
  return {
    ...session,
    instanceUrl: token.instance_url.replace(/\/+$/, ''),
    accessToken: token.access_token,
    issuedAt: Number(token.issued_at),
    ...(token.refresh_token ? { refreshToken: token.refresh_token } : {}),
  };
}

const REQUIRED_STRINGS = [
  'instanceUrl',
  'accessToken',
  'idUrl',
  'userId',
  'orgId',
  'loginUrl',
  'clientId',
] as const;

/** Validates a stored session; anything else reads as no session. */
export function parseSession(value: unknown): Session | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (!REQUIRED_STRINGS.every((key) => typeof record[key] === 'string' && record[key] !== '')) {
    return undefined;
  }
  if (typeof record.issuedAt !== 'number') return undefined;
  if (record.refreshToken !== undefined && typeof record.refreshToken !== 'string')
    return undefined;
  return value as Session;
}
