import { SalesforceNetworkError } from '../network-error';
import { buildAuthorizeUrl } from './authorize-url';
import type { KeyValueStorage } from './key-value-storage';
import type { OAuthClient } from './oauth-client';
import {
  PENDING_LOGIN_MAX_AGE_MS,
  savePendingLogin,
  takePendingLogin,
  type PendingLogin,
} from './pending-login';
import { codeChallengeS256, createCodeVerifier, createOAuthState } from './pkce';
import { sessionFromTokenResponse, type Session } from './session';
import { OAuthRequestError } from './session-errors';

export interface BeginLoginInput {
  loginUrl: string;
  clientId: string;
  /** `<origin><redirectPath>` from the app config, never from the current URL. */
  redirectUri: string;
  returnTo: string;
  prompt?: 'login';
}

/** Saves the pending login for this tab and returns the authorize URL to go to. */
export async function beginLogin(
  storage: KeyValueStorage,
  input: BeginLoginInput,
  now: number = Date.now(),
): Promise<string> {
  const codeVerifier = createCodeVerifier();
  const state = createOAuthState();
  const codeChallenge = await codeChallengeS256(codeVerifier);
  const { loginUrl, clientId, redirectUri, returnTo, prompt } = input;
  savePendingLogin(storage, { state, codeVerifier, loginUrl, clientId, returnTo, createdAt: now });
  return buildAuthorizeUrl({
    loginUrl,
    clientId,
    redirectUri,
    codeChallenge,
    state,
    ...(prompt ? { prompt } : {}),
  });
}

export type SignInErrorKind =
  | 'no-pending-login'
  | 'pending-login-expired'
  | 'state-mismatch'
  | 'authorization-error'
  | 'token-error'
  | 'network';

/** Why a sign-in did not complete; `oauthError` is Salesforce's code where there is one. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly kind: SignInErrorKind;
  readonly oauthError: string | undefined;
  /** The host the flow ran on, when known (for "check CORS on …" advice). */
  readonly loginUrl: string | undefined;

  constructor(
    kind: SignInErrorKind,
    message: string,
    details: { oauthError?: string; loginUrl?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.oauthError = details.oauthError;
    this.loginUrl = details.loginUrl;
  }
}

export interface CompletedLogin {
  session: Session;
  returnTo: string;
}

export interface CompleteLoginDeps {
  storage: KeyValueStorage;
  oauth: OAuthClient;
  redirectUri: string;
  now?: number;
}

/**
 * One exchange per code, even when React StrictMode runs the callback effect twice: the second
 * caller gets the first caller's promise. Entries stay: a code is never exchanged again.
 */
const exchanges = new Map<string, Promise<CompletedLogin>>();

/** Checks `state` against this tab's pending login, then exchanges the code exactly once. */
export function completeLogin(
  callback: { code: string; state: string },
  deps: CompleteLoginDeps,
): Promise<CompletedLogin> {
  const existing = exchanges.get(callback.code);
  if (existing) return existing;
  const exchange = exchangeCode(callback, deps);
  exchanges.set(callback.code, exchange);
  return exchange;
}

async function exchangeCode(
  callback: { code: string; state: string },
  { storage, oauth, redirectUri, now = Date.now() }: CompleteLoginDeps,
): Promise<CompletedLogin> {
  const pending = checkedPendingLogin(takePendingLogin(storage), callback.state, now);
  const { loginUrl, clientId } = pending;
  try {
    const token = await oauth.requestToken(
      { loginUrl, clientId, redirectUri },
      callback.code,
      pending.codeVerifier,
    );
    return {
      session: sessionFromTokenResponse(token, { loginUrl, clientId }),
      returnTo: pending.returnTo,
    };
  } catch (error) {
    if (error instanceof SalesforceNetworkError) {
      throw new SignInError('network', error.message, { loginUrl, cause: error });
    }
    if (error instanceof OAuthRequestError) {
      throw new SignInError('token-error', error.message, {
        oauthError: error.error,
        loginUrl,
        cause: error,
      });
    }
    throw error;
  }
}

function checkedPendingLogin(
  pending: PendingLogin | undefined,
  state: string,
  now: number,
): PendingLogin {
  if (!pending) {
    throw new SignInError('no-pending-login', 'No sign-in was started in this tab.');
  }
  if (pending.state !== state) {
    throw new SignInError('state-mismatch', 'The sign-in response does not match this tab.', {
      loginUrl: pending.loginUrl,
    });
  }
  if (now - pending.createdAt > PENDING_LOGIN_MAX_AGE_MS) {
    throw new SignInError('pending-login-expired', 'The sign-in took too long.', {
      loginUrl: pending.loginUrl,
    });
  }
  return pending;
}

/** Salesforce sent `error` instead of a code (salesforce-api.md §5.2). */
export function authorizationError(callback: { error: string; description: string }): SignInError {
  return new SignInError('authorization-error', callback.description || callback.error, {
    oauthError: callback.error,
  });
}
