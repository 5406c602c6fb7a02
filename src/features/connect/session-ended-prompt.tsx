import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAppConfig } from '../../lib/app-config-context';
import { safeReturnTo } from '../../lib/return-to';
import { useSalesforce } from '../../salesforce/salesforce-context';
import type { EndedSession } from '../../salesforce/session/session-store';
import { openSignInPopup, signInWithPopup } from './popup-sign-in';
import { describeSignInError } from './sign-in-error-message';
import { assignLocation, startProblemMessage, startSignIn, type Redirect } from './start-sign-in';

type PromptState =
  | { step: 'idle' }
  | { step: 'waiting'; popup: Window }
  | { step: 'blocked' }
  | { step: 'failed'; message: string };

/**
 * Shown over any page when Salesforce refused to renew the session (a revoked refresh token).
 * "Sign in again" opens the org's login page in a popup window and this page stays as it is: a
 * running load keeps its File and prepared Blobs and goes on once signed in (issue 7). When the
 * browser blocks popups, signing in in this tab is offered, with what a reload costs.
 */
export function SessionEndedPrompt(props: {
  ended: EndedSession;
  redirect?: Redirect;
  openPopup?: () => Window | null;
}) {
  const { ended, redirect = assignLocation, openPopup = openSignInPopup } = props;
  const config = useAppConfig();
  const { tabStorage, oauth, sessions } = useSalesforce();
  const { pathname, search, hash } = useLocation();
  const returnTo = safeReturnTo(`${pathname}${search}${hash}`);
  const target = { loginUrl: ended.loginUrl, clientId: ended.clientId };
  const [state, setState] = useState<PromptState>({ step: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const show = (next: PromptState) => {
    if (mounted.current) setState(next);
  };

  async function signInAgain() {
    const popup = openPopup();
    if (!popup) return show({ step: 'blocked' });
    show({ step: 'waiting', popup });
    try {
      const result = await signInWithPopup({ popup, tabStorage, oauth, config, target, returnTo });
      if (result === 'closed') return show({ step: 'idle' });
      const { session } = result;
      if (session.orgId !== ended.orgId || session.userId !== ended.userId) {
        // The login page signs in whoever its cookie holds: a load here belongs to the user and
        // org that started it, so another user's session is given back, never used.
        oauth
          .revokeToken(
            { loginUrl: session.loginUrl, clientId: session.clientId },
            session.refreshToken ?? session.accessToken,
          )
          .catch(() => undefined);
        return show({
          step: 'failed',
          message:
            'That sign-in was for another user or org than the session that ended, so Forklift did not use it: what runs here belongs to the user who started it. Sign in again as that user (log out of Salesforce in the sign-in window first if it signs you in at once), or choose another org.',
        });
      }
      // The prompt goes away with the expired state; the page underneath carries on, and so
      // do other tabs whose session ended for the same user.
      sessions.signIn(session);
    } catch (error) {
      const message = describeSignInError(error, window.location.origin);
      show({ step: 'failed', message: `${message.title} ${message.detail} Try Sign in again.` });
    }
  }

  async function signInInThisTab() {
    try {
      await startSignIn({ tabStorage, config, target, returnTo, redirect });
    } catch (error) {
      show({ step: 'failed', message: startProblemMessage(error) });
    }
  }

  const waiting = state.step === 'waiting';
  return (
    <div
      role="alert"
      className="slds-notify slds-notify_alert slds-alert_warning slds-wrap forklift-session-ended"
    >
      <h2 className="slds-text-heading_small slds-m-right_small">Your session ended</h2>
      <p className="slds-m-right_small">
        Salesforce no longer accepts this session, so the console stopped calling the org; a running
        load waits where it is. Sign in again to carry on: the sign-in opens in a small window and
        this page stays as it is.
      </p>
      <button
        type="button"
        className="slds-button slds-button_neutral slds-m-right_small"
        disabled={waiting}
        onClick={() => void signInAgain()}
      >
        Sign in again
      </button>
      {waiting && (
        <button
          type="button"
          className="slds-button slds-button_neutral slds-m-right_small"
          onClick={() => state.popup.focus()}
        >
          Show the sign-in window
        </button>
      )}
      <Link to="/connect">Choose another org</Link>
      {waiting && (
        <p role="status" className="slds-m-left_small">
          Waiting for you to sign in in the sign-in window…
        </p>
      )}
      {state.step === 'blocked' && (
        <div className="slds-m-top_x-small">
          <p>
            Your browser blocked the sign-in window. Allow pop-ups for this site and click Sign in
            again, or sign in in this tab instead: this page then reloads, and a load that still has
            jobs to send will ask you to drop its file again.
          </p>
          <button
            type="button"
            className="slds-button slds-button_neutral slds-m-top_x-small"
            onClick={() => void signInInThisTab()}
          >
            Sign in in this tab
          </button>
        </div>
      )}
      {state.step === 'failed' && <p className="slds-m-left_small">{state.message}</p>}
    </div>
  );
}
