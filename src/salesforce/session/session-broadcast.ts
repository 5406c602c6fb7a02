import type { Session } from './session';

/** Tabs of one origin tell each other about refreshed tokens on this channel (design.md §3). */
export const SESSION_CHANNEL_NAME = 'forklift-session';

export interface TokenRefreshedMessage {
  type: 'token-refreshed';
  orgId: string;
  userId: string;
  loginUrl: string;
  instanceUrl: string;
  accessToken: string;
  issuedAt: number;
  /** Only when Salesforce rotated it. */
  refreshToken?: string;
}

/** The part of BroadcastChannel the session uses. */
export interface SessionChannel {
  postMessage(message: TokenRefreshedMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export function tokenRefreshedMessage(session: Session, rotated: boolean): TokenRefreshedMessage {
  const { orgId, userId, loginUrl, instanceUrl, accessToken, issuedAt } = session;
  return {
    type: 'token-refreshed',
    orgId,
    userId,
    loginUrl,
    instanceUrl,
    accessToken,
    issuedAt,
    ...(rotated && session.refreshToken ? { refreshToken: session.refreshToken } : {}),
  };
}

/** The session this tab should hold after another tab's message, or undefined to ignore it. */
export function applyTokenMessage(session: Session, data: unknown): Session | undefined {
  if (!isTokenRefreshedMessage(data)) return undefined;
  const sameUser =
    data.orgId === session.orgId &&
    data.userId === session.userId &&
    data.loginUrl === session.loginUrl;
  if (!sameUser || data.accessToken === session.accessToken) return undefined;
  return {
    ...session,
    instanceUrl: data.instanceUrl,
    accessToken: data.accessToken,
    issuedAt: data.issuedAt,
    ...(data.refreshToken ? { refreshToken: data.refreshToken } : {}),
  };
}

function isTokenRefreshedMessage(data: unknown): data is TokenRefreshedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === 'token-refreshed' &&
    ['orgId', 'userId', 'loginUrl', 'instanceUrl', 'accessToken'].every(
      (key) => typeof m[key] === 'string',
    ) &&
    typeof m.issuedAt === 'number' &&
    (m.refreshToken === undefined || typeof m.refreshToken === 'string')
  );
}
