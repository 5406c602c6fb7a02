/**
 * The sign-in window's side of the popup sign-in: when the OAuth callback page runs in a window
 * that a Forklift tab of this same origin opened, it gives Salesforce's answer to that tab
 * (which holds the PKCE verifier and the state) instead of exchanging it itself, so the tab's
 * page, dropped File and prepared Blobs survive the sign-in.
 */
import {
  isOAuthCallbackReceived,
  oauthCallbackMessage,
  type HandedBackParams,
} from './popup-callback-messages';

/** How long the sign-in window waits for the opener tab to say it received the answer. */
export const HAND_BACK_TIMEOUT_MS = 5_000;

/**
 * The window that opened this one, when it is a page of this console's origin and still open.
 * A cross-origin opener (a portal that linked here) throws on `origin` and does not count.
 */
export function sameOriginOpener(win: Window = window): Window | null {
  const opener = win.opener as Window | null;
  if (!opener || opener === win || opener.closed) return null;
  try {
    // `origin`, not `location.origin`: a blank window has the origin of who opened it.
    return opener.origin === win.origin ? opener : null;
  } catch {
    return null;
  }
}

/**
 * Posts the answer to the opener (only to this origin) and resolves true once it says it has
 * it, false when it does not answer in time (closed, reloaded or navigated away).
 */
export function handBackToOpener(
  opener: Window,
  params: HandedBackParams,
  win: Window = window,
  timeoutMs: number = HAND_BACK_TIMEOUT_MS,
): Promise<boolean> {
  const origin = win.origin;
  return new Promise((resolve) => {
    const finish = (received: boolean) => {
      win.removeEventListener('message', onMessage);
      win.clearTimeout(timer);
      resolve(received);
    };
    const onMessage = (event: MessageEvent) => {
      if (isOAuthCallbackReceived(event, { origin, source: opener })) finish(true);
    };
    win.addEventListener('message', onMessage);
    const timer = win.setTimeout(() => finish(false), timeoutMs);
    opener.postMessage(oauthCallbackMessage(params), origin);
  });
}
