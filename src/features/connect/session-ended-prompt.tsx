import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAppConfig } from '../../lib/app-config-context';
import { safeReturnTo } from '../../lib/return-to';
import { useSalesforce } from '../../salesforce/salesforce-context';
import type { EndedSession } from '../../salesforce/session/session-store';
import { assignLocation, startProblemMessage, startSignIn, type Redirect } from './start-sign-in';

/**
 * Shown over any page when Salesforce refused to renew the session. Signing in again goes to the
 * same org and comes back to this very page (design.md §1: nothing of the page is lost).
 */
export function SessionEndedPrompt(props: { ended: EndedSession; redirect?: Redirect }) {
  const { ended, redirect = assignLocation } = props;
  const config = useAppConfig();
  const { tabStorage } = useSalesforce();
  const { pathname, search, hash } = useLocation();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function signInAgain() {
    setStarting(true);
    try {
      await startSignIn({
        tabStorage,
        config,
        target: { loginUrl: ended.loginUrl, clientId: ended.clientId },
        returnTo: safeReturnTo(`${pathname}${search}${hash}`),
        redirect,
      });
    } catch (error) {
      setProblem(startProblemMessage(error));
      setStarting(false);
    }
  }

  return (
    <div role="alert" className="slds-notify slds-notify_alert slds-alert_warning">
      <h2 className="slds-text-heading_small slds-m-right_small">Your session ended</h2>
      <p className="slds-m-right_small">
        Salesforce no longer accepts this session. Sign in again to carry on; you will come back to
        this page.
      </p>
      <button
        type="button"
        className="slds-button slds-button_neutral slds-m-right_small"
        disabled={starting}
        onClick={() => void signInAgain()}
      >
        Sign in again
      </button>
      <Link to="/connect">Choose another org</Link>
      {problem && <p>{problem}</p>}
    </div>
  );
}
