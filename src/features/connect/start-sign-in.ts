import { redirectUriFor, type AppConfig } from '../../lib/app-config';
import type { KeyValueStorage } from '../../salesforce/session/key-value-storage';
import { beginLogin } from '../../salesforce/session/login-flow';
import type { SignInTarget } from './sign-in-target';

/** Leaves the console for the org's login page. */
export type Redirect = (url: string) => void;

export const assignLocation: Redirect = (url) => window.location.assign(url);

/** Saves this tab's pending login and goes to the authorize page of the target org. */
export async function startSignIn(options: {
  tabStorage: KeyValueStorage;
  config: AppConfig;
  target: SignInTarget;
  returnTo: string;
  redirect: Redirect;
}): Promise<void> {
  const { tabStorage, config, target, returnTo, redirect } = options;
  const url = await beginLogin(tabStorage, {
    ...target,
    redirectUri: redirectUriFor(config, window.location.origin),
    returnTo,
  });
  redirect(url);
}

/** WebCrypto exists only in secure contexts: https, or http on localhost. */
export function startProblemMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    `The sign-in could not start (${reason}). Open the console over https or on localhost, ` +
    'where the browser offers the cryptography sign-in needs, and try again.'
  );
}
