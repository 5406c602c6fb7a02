import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { redirectUriFor } from '../../lib/app-config';
import { useAppConfig } from '../../lib/app-config-context';
import { safeReturnTo } from '../../lib/return-to';
import { useSalesforce } from '../../salesforce/salesforce-context';
import { readCallbackParams } from '../../salesforce/session/callback-params';
import {
  authorizationError,
  completeLogin,
  SignInError,
} from '../../salesforce/session/login-flow';
import { takePendingLogin } from '../../salesforce/session/pending-login';
import { handBackToOpener, sameOriginOpener } from './hand-back-to-opener';
import type { HandedBackParams } from './popup-callback-messages';
import { describeSignInError } from './sign-in-error-message';

/**
 * `/oauth/callback`: Salesforce sends the browser here with `code` and `state` (or `error`).
 * The code is exchanged once (StrictMode runs this effect twice; see completeLogin) and removed
 * from the address bar at once, then the user goes where the sign-in started. In a sign-in
 * window that a Forklift tab opened ("Sign in again"), the answer goes back to that tab instead.
 */
export function OAuthCallbackPage() {
  const { search } = useLocation();
  const params = useMemo(() => readCallbackParams(search), [search]);
  const [opener] = useState(() => sameOriginOpener());
  if (opener && params.kind !== 'missing') {
    return <PopupCallback opener={opener} params={params} />;
  }
  return <TabCallback params={params} />;
}

function TabCallback({ params }: { params: ReturnType<typeof readCallbackParams> }) {
  const config = useAppConfig();
  const { tabStorage, oauth, sessions } = useSalesforce();
  const navigate = useNavigate();
  const [exchangeError, setExchangeError] = useState<unknown>();

  // Neither the code nor the state may stay in the URL or the history (salesforce-api.md §5.6):
  // gone before the first paint.
  useLayoutEffect(() => {
    window.history.replaceState(window.history.state, '', config.redirectPath);
  }, [config.redirectPath]);

  useEffect(() => {
    if (params.kind === 'error') {
      takePendingLogin(tabStorage); // used up: its state must not be accepted later
      return;
    }
    if (params.kind !== 'code') return;
    let active = true;
    const redirectUri = redirectUriFor(config, window.location.origin);
    completeLogin(params, { storage: tabStorage, oauth, redirectUri }).then(
      ({ session, returnTo }) => {
        sessions.store.signIn(session);
        if (active) void navigate(safeReturnTo(returnTo), { replace: true });
      },
      (error: unknown) => {
        if (active) setExchangeError(error);
      },
    );
    return () => {
      active = false;
    };
  }, [params, config, tabStorage, oauth, sessions, navigate]);

  const error = immediateError(params) ?? exchangeError;
  if (error === undefined) {
    return (
      <div className="slds-p-around_large" role="status">
        <div className="slds-spinner_inline slds-m-right_small" />
        <p className="slds-text-heading_small">Signing you in…</p>
      </div>
    );
  }
  const message = describeSignInError(error, window.location.origin);
  return (
    <div className="slds-p-around_large">
      <div role="alert" className="slds-box slds-theme_shade">
        <h1 className="slds-text-heading_medium slds-m-bottom_small">{message.title}</h1>
        <p className="slds-m-bottom_x-small">{message.detail}</p>
        <p className="slds-m-bottom_medium">{message.action}</p>
        <Link className="slds-button slds-button_brand" to="/connect?check=1">
          Back to Connect
        </Link>
      </div>
    </div>
  );
}

function immediateError(params: ReturnType<typeof readCallbackParams>): SignInError | undefined {
  switch (params.kind) {
    case 'error':
      return authorizationError(params);
    case 'missing':
      return new SignInError('no-pending-login', 'The callback carries no code.');
    case 'code':
      return undefined;
  }
}

/** In the sign-in window: hand Salesforce's answer to the tab that opened it, then close. */
function PopupCallback(props: { opener: Window; params: HandedBackParams }) {
  const { opener, params } = props;
  const { redirectPath } = useAppConfig();
  const [unanswered, setUnanswered] = useState(false);

  useLayoutEffect(() => {
    window.history.replaceState(window.history.state, '', redirectPath);
  }, [redirectPath]);

  useEffect(() => {
    let active = true;
    void handBackToOpener(opener, params).then((received) => {
      if (received) window.close();
      else if (active) setUnanswered(true);
    });
    return () => {
      active = false;
    };
  }, [opener, params]);

  if (!unanswered) {
    return (
      <div className="slds-p-around_large" role="status">
        <div className="slds-spinner_inline slds-m-right_small" />
        <p className="slds-text-heading_small">Signing you in… this window closes by itself.</p>
      </div>
    );
  }
  return (
    <div className="slds-p-around_large">
      <div role="alert" className="slds-box slds-theme_shade">
        <h1 className="slds-text-heading_medium slds-m-bottom_small">
          The Forklift tab that opened this window did not answer.
        </h1>
        <p className="slds-m-bottom_x-small">
          It was closed, reloaded or moved to another page, so this sign-in cannot be finished here.
          Nothing was signed in.
        </p>
        <p>Close this window, go back to the Forklift tab and click Sign in again.</p>
      </div>
    </div>
  );
}
