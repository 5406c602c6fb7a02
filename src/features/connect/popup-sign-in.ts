/**
 * "Sign in again" in a popup window (issue 7, session resilience): the authorize page opens in a
 * small window, the callback page there hands the code back (hand-back-to-opener.ts), and this
 * tab checks the state and exchanges the code with its own PKCE verifier. The page never
 * reloads, so a running load keeps its File and prepared Blobs and carries on.
 */
import { redirectUriFor, type AppConfig } from '../../lib/app-config';
import type { KeyValueStorage } from '../../salesforce/session/key-value-storage';
import {
  authorizationError,
  beginLogin,
  completeLogin,
  type CompletedLogin,
} from '../../salesforce/session/login-flow';
import type { OAuthClient } from '../../salesforce/session/oauth-client';
import { takePendingLogin } from '../../salesforce/session/pending-login';
import {
  oauthCallbackReceived,
  readOAuthCallbackMessage,
  type HandedBackParams,
} from './popup-callback-messages';
import type { SignInTarget } from './sign-in-target';

/** One sign-in window per tab: a second click reuses it, so two sign-ins never race. */
export const SIGN_IN_POPUP_NAME = 'forklift-sign-in';
const POPUP_FEATURES = 'popup,width=520,height=720';
/** How often the tab looks whether the user closed the sign-in window. */
export const POPUP_CLOSED_CHECK_MS = 500;

/**
 * Opens the (blank) sign-in window at once, inside the click, where popup blockers allow it;
 * the authorize URL is set once the PKCE challenge is ready. Null when the browser blocked it.
 */
export function openSignInPopup(win: Window = window): Window | null {
  return win.open('about:blank', SIGN_IN_POPUP_NAME, POPUP_FEATURES);
}

export interface PopupSignInOptions {
  popup: Window;
  tabStorage: KeyValueStorage;
  oauth: OAuthClient;
  config: AppConfig;
  target: SignInTarget;
  /** Kept with the pending login like any sign-in; the popup flow stays on the page. */
  returnTo: string;
  win?: Window;
}

/**
 * Runs the sign-in in `popup`: resolves with the new session, or 'closed' when the user closed
 * the window first. Throws SignInError when Salesforce refused (or the state did not match).
 */
export async function signInWithPopup(
  options: PopupSignInOptions,
): Promise<CompletedLogin | 'closed'> {
  const { popup, tabStorage, oauth, config, target, returnTo, win = window } = options;
  const redirectUri = redirectUriFor(config, win.location.origin);
  let url: string;
  try {
    url = await beginLogin(tabStorage, { ...target, redirectUri, returnTo });
  } catch (error) {
    popup.close();
    throw error;
  }
  if (!popup.closed) {
    popup.location.replace(url);
    popup.focus();
  }
  const answer = await popupAnswer(popup, win);
  if (answer === 'closed' || answer.kind === 'error') {
    takePendingLogin(tabStorage); // used up: its state must not be accepted later
    if (answer === 'closed') return 'closed';
    throw authorizationError(answer);
  }
  return completeLogin(answer, { storage: tabStorage, oauth, redirectUri });
}

/** The callback params the popup hands back, or 'closed' when it closes without any. */
function popupAnswer(popup: Window, win: Window): Promise<HandedBackParams | 'closed'> {
  const expected = { origin: win.location.origin, source: popup };
  return new Promise((resolve) => {
    let closedSeen = false;
    const finish = (answer: HandedBackParams | 'closed') => {
      win.removeEventListener('message', onMessage);
      win.clearInterval(closedCheck);
      resolve(answer);
    };
    const onMessage = (event: MessageEvent) => {
      const params = readOAuthCallbackMessage(event, expected);
      if (!params) return;
      popup.postMessage(oauthCallbackReceived, expected.origin);
      finish(params);
    };
    win.addEventListener('message', onMessage);
    // The window closes itself right after handing back: one more round lets that message in.
    const closedCheck = win.setInterval(() => {
      if (!popup.closed) return;
      if (closedSeen) finish('closed');
      closedSeen = true;
    }, POPUP_CLOSED_CHECK_MS);
  });
}
