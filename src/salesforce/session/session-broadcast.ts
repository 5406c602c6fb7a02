import { parseSession, type Session } from './session';
import type { EndedSession } from './session-store';

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

/**
 * A tab signed in again after its session ended (a revoked refresh token ends it in every tab of
 * that user): tabs whose session ended for the same user of the same org take the new session,
 * so one "Sign in again" lets all of them carry on.
 */
export interface SessionRenewedMessage {
  type: 'session-renewed';
  session: Session;
}

export type SessionMessage = TokenRefreshedMessage | SessionRenewedMessage;

/** The part of BroadcastChannel the session uses. */
export interface SessionChannel {
  postMessage(message: SessionMessage): void;
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

export function sessionRenewedMessage(session: Session): SessionRenewedMessage {
  return { type: 'session-renewed', session };
}

/** The session a tab whose session ended should take from another tab's message, if any. */
export function applyRenewedSession(ended: EndedSession, data: unknown): Session | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type !== 'session-renewed') return undefined;
  const session = parseSession(message.session);
  const sameUser =
    session !== undefined &&
    session.orgId === ended.orgId &&
    session.userId === ended.userId &&
    session.loginUrl === ended.loginUrl &&
    session.clientId === ended.clientId;
  return sameUser ? session : undefined;
}
