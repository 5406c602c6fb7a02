/**
 * The two messages of the popup sign-in (issue 7, session resilience): the OAuth callback page,
 * running in the sign-in window, hands Salesforce's answer (code + state, or error) back to the
 * Forklift tab that opened it, which answers "received" so the window can close. Both sides take
 * a message only from the one window they expect and only from this console's own origin; the
 * code is worthless without the opener tab's PKCE verifier and state (docs/decisions/0003).
 */
import type { CallbackParams } from '../../salesforce/session/callback-params';

export const OAUTH_CALLBACK_MESSAGE = 'forklift-oauth-callback';
export const OAUTH_CALLBACK_RECEIVED = 'forklift-oauth-callback-received';

/** What the callback page can hand back: Salesforce's code, or its error. */
export type HandedBackParams = Exclude<CallbackParams, { kind: 'missing' }>;

export interface OAuthCallbackMessage {
  type: typeof OAUTH_CALLBACK_MESSAGE;
  params: HandedBackParams;
}

export interface OAuthCallbackReceived {
  type: typeof OAUTH_CALLBACK_RECEIVED;
}

/** The window a message must come from, and the origin it must carry. */
export interface ExpectedSender {
  origin: string;
  source: MessageEventSource | null;
}

export function oauthCallbackMessage(params: HandedBackParams): OAuthCallbackMessage {
  return { type: OAUTH_CALLBACK_MESSAGE, params };
}

export const oauthCallbackReceived: OAuthCallbackReceived = { type: OAUTH_CALLBACK_RECEIVED };

const fromExpected = (event: MessageEvent, from: ExpectedSender) =>
  from.source !== null && event.source === from.source && event.origin === from.origin;

/** The callback params in a message from the sign-in window, or undefined to ignore it. */
export function readOAuthCallbackMessage(
  event: MessageEvent,
  from: ExpectedSender,
): HandedBackParams | undefined {
  if (!fromExpected(event, from)) return undefined;
  const data: unknown = event.data;
  if (!isRecord(data) || data.type !== OAUTH_CALLBACK_MESSAGE || !isRecord(data.params)) {
    return undefined;
  }
  const params = data.params;
  if (params.kind === 'code' && isText(params.code) && typeof params.state === 'string') {
    return { kind: 'code', code: params.code, state: params.state };
  }
  if (params.kind === 'error' && isText(params.error) && typeof params.description === 'string') {
    return { kind: 'error', error: params.error, description: params.description };
  }
  return undefined;
}

/** Whether a message is the opener's "received" answer. */
export function isOAuthCallbackReceived(event: MessageEvent, from: ExpectedSender): boolean {
  return (
    fromExpected(event, from) && isRecord(event.data) && event.data.type === OAUTH_CALLBACK_RECEIVED
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
