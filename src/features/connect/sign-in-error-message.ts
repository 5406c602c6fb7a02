import { SignInError } from '../../salesforce/session/login-flow';

export interface SignInErrorMessage {
  /** What happened, in one line. */
  title: string;
  /** Salesforce's own words or the detail we know. */
  detail: string;
  /** What to do now. */
  action: string;
}

const START_AGAIN = 'Go back to Connect and sign in again.';

/** Turns a failed sign-in into what happened and what to do (console origin for CORS advice). */
export function describeSignInError(error: unknown, consoleOrigin: string): SignInErrorMessage {
  if (!(error instanceof SignInError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { title: 'Sign-in failed.', detail, action: START_AGAIN };
  }
  switch (error.kind) {
    case 'no-pending-login':
      return {
        title: 'There is no sign-in to finish in this tab.',
        detail:
          'A sign-in must end in the tab where it started, and each one can be finished only once.',
        action: START_AGAIN,
      };
    case 'pending-login-expired':
      return {
        title: 'The sign-in took too long.',
        detail: 'Salesforce sign-in codes are valid for a few minutes only.',
        action: START_AGAIN,
      };
    case 'state-mismatch':
      return {
        title: 'This sign-in response does not belong to the sign-in started in this tab.',
        detail: 'For your safety, it was not used. Nothing was signed in.',
        action: START_AGAIN,
      };
    case 'authorization-error':
      return authorizationMessage(error);
    case 'token-error':
      return tokenMessage(error);
    case 'network':
      return {
        title: `The console could not reach ${error.loginUrl ?? 'Salesforce'}.`,
        detail:
          'Either the network is down, or the org does not allow this console: browsers block ' +
          'the call unless the org’s CORS allowlist contains this console.',
        action:
          `Ask your admin to add ${consoleOrigin} to Setup → CORS → Allowed Origins List and to ` +
          'tick "Enable CORS for OAuth endpoints" on the same page, then sign in again.',
      };
  }
}

function authorizationMessage(error: SignInError): SignInErrorMessage {
  const detail = `Salesforce said: ${error.message} (${error.oauthError ?? 'error'}).`;
  if (error.oauthError === 'access_denied') {
    return {
      title: 'Sign-in was cancelled or access was denied.',
      detail,
      action:
        'Sign in again and allow access. If you are not allowed to use this app, ask your admin ' +
        'to give your profile or permission set access to it.',
    };
  }
  return {
    title: 'Salesforce did not sign you in.',
    detail,
    action:
      'Check the My Domain and consumer key on the Connect page; an admin can check the ' +
      'External Client App (callback URL, PKCE, scopes api and refresh_token).',
  };
}

function tokenMessage(error: SignInError): SignInErrorMessage {
  const detail = `Salesforce said: ${error.message} (${error.oauthError ?? 'error'}).`;
  switch (error.oauthError) {
    case 'invalid_grant':
      return {
        title: 'Salesforce refused the sign-in code.',
        detail,
        action: 'Codes are single-use and expire within minutes. ' + START_AGAIN,
      };
    case 'invalid_client_id':
    case 'invalid_client':
      return {
        title: 'Salesforce does not know this consumer key.',
        detail,
        action:
          'Check the consumer key on the Connect page. A new or changed External Client App ' +
          'can take about 10 minutes to work, and it must not require a client secret.',
      };
    default:
      return { title: 'Salesforce refused the sign-in.', detail, action: START_AGAIN };
  }
}
