/**
 * "Sign in again" with real windows: the sign-in window is a real popup; where a test needs to
 * play Salesforce's part, the org's "login URL" is this test page's own origin, so the test can
 * run the callback's hand-back inside that window. The full journey against the demo org's login
 * page is e2e/session-resilience.spec.ts.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { AppConfig } from '../../lib/app-config';
import { AppConfigProvider } from '../../lib/app-config-context';
import { SalesforceProvider } from '../../salesforce/salesforce-context';
import { PENDING_LOGIN_STORAGE_KEY } from '../../salesforce/session/pending-login';
import type { EndedSession } from '../../salesforce/session/session-store';
import {
  ORG_ID,
  recordingOAuthClient,
  tokenResponse,
  USER_ID,
} from '../../salesforce/session/test-support/recording-oauth-client';
import { createMemorySalesforceServices } from '../../salesforce/test-support/memory-salesforce-services';
import { OAUTH_CALLBACK_MESSAGE, OAUTH_CALLBACK_RECEIVED } from './popup-callback-messages';
import { openSignInPopup } from './popup-sign-in';
import { SessionEndedPrompt } from './session-ended-prompt';

const config: AppConfig = {
  demoOrgUrl: 'http://localhost:4455',
  clientId: 'forklift-console',
  redirectPath: '/oauth/callback',
  apiVersion: '62.0',
};

let root: Root | undefined;
const popups: Window[] = [];
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
  for (const popup of popups.splice(0)) popup.close();
});

function renderPrompt(options: {
  loginUrl: string;
  openPopup?: () => Window | null;
  /** The user whose session ended, when not the one the sign-in comes back as. */
  endedUserId?: string;
}) {
  const { client, calls } = recordingOAuthClient(async () =>
    tokenResponse('00D!after-popup', 'rt-new'),
  );
  const services = createMemorySalesforceServices({ oauth: client });
  const ended: EndedSession = {
    loginUrl: options.loginUrl,
    clientId: 'forklift-console',
    orgId: ORG_ID,
    userId: options.endedUserId ?? USER_ID,
  };
  const redirects: string[] = [];
  const openPopup =
    options.openPopup ??
    (() => {
      const popup = openSignInPopup();
      if (popup) popups.push(popup);
      return popup;
    });
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <AppConfigProvider config={config}>
        <SalesforceProvider services={services}>
          <MemoryRouter initialEntries={['/loads/1234']}>
            <SessionEndedPrompt
              ended={ended}
              redirect={(to) => redirects.push(to)}
              openPopup={openPopup}
            />
          </MemoryRouter>
        </SalesforceProvider>
      </AppConfigProvider>
    </StrictMode>,
  );
  return { services, calls, redirects };
}

const signInAgain = () => page.getByRole('button', { name: 'Sign in again' });

/** The popup once it has arrived at the (same-origin) authorize URL. */
async function popupAtAuthorize(): Promise<{ popup: Window; state: string }> {
  await expect.poll(() => popups.length).toBe(1);
  const popup = popups[0]!;
  let state = '';
  await expect
    .poll(() => {
      try {
        const url = new URL(popup.location.href);
        state = url.searchParams.get('state') ?? '';
        return (
          url.pathname === '/services/oauth2/authorize' && popup.document.readyState !== 'loading'
        );
      } catch {
        return false;
      }
    })
    .toBe(true);
  return { popup, state };
}

/** Runs in the sign-in window's own realm, as the callback page would: hand back, then close. */
function handBackFromPopup(popup: Window, params: Record<string, string>) {
  const script = `
    addEventListener('message', (event) => {
      if (event.source === opener && event.data?.type === ${JSON.stringify(OAUTH_CALLBACK_RECEIVED)}) close();
    });
    opener.postMessage({ type: ${JSON.stringify(OAUTH_CALLBACK_MESSAGE)}, params: ${JSON.stringify(params)} }, location.origin);
  `;
  (popup as Window & { eval(code: string): unknown }).eval(script);
}

describe('Session ended prompt', () => {
  it('signs in again in a popup: the code comes back to this tab, which exchanges it', async () => {
    const { services, calls } = renderPrompt({ loginUrl: location.origin });
    await signInAgain().click();
    await expect.element(page.getByText(/Waiting for you to sign in/)).toBeVisible();
    const { popup, state } = await popupAtAuthorize();
    expect(new URL(popup.location.href).searchParams.get('code_challenge_method')).toBe('S256');
    handBackFromPopup(popup, { kind: 'code', code: 'aPrxCode==', state });
    await expect.poll(() => services.sessions.store.getState().status).toBe('signed-in');
    expect(services.sessions.currentSession()).toMatchObject({
      accessToken: '00D!after-popup',
      refreshToken: 'rt-new',
      loginUrl: location.origin,
    });
    expect(calls).toMatchObject([{ kind: 'requestToken', code: 'aPrxCode==' }]);
    expect(services.tabStorage.getItem(PENDING_LOGIN_STORAGE_KEY)).toBeNull();
    await expect.poll(() => popup.closed).toBe(true);
  });

  it('refuses a sign-in as another user, gives its token back, and says who to sign in as', async () => {
    const { services, calls } = renderPrompt({
      loginUrl: location.origin,
      endedUserId: '005000000000999AAA',
    });
    await signInAgain().click();
    const { popup, state } = await popupAtAuthorize();
    handBackFromPopup(popup, { kind: 'code', code: 'aPrxCode==', state });
    await expect
      .element(page.getByText(/another user or org than the session that ended/))
      .toBeVisible();
    expect(services.sessions.store.getState().status).not.toBe('signed-in');
    await expect.poll(() => calls.at(-1)).toMatchObject({ kind: 'revokeToken', token: 'rt-new' });
  });

  it('refuses a code whose state is not this tab’s, and exchanges nothing', async () => {
    const { services, calls } = renderPrompt({ loginUrl: location.origin });
    await signInAgain().click();
    const { popup } = await popupAtAuthorize();
    handBackFromPopup(popup, { kind: 'code', code: 'stolen', state: 'not-this-tab' });
    await expect
      .element(page.getByText(/does not belong to the sign-in started in this tab/))
      .toBeVisible();
    expect(calls).toEqual([]);
    expect(services.sessions.store.getState().status).toBe('signed-out');
    await expect.element(signInAgain()).toBeEnabled();
  });

  it('goes back to "Sign in again" when the user closes the sign-in window', async () => {
    const { services, calls } = renderPrompt({ loginUrl: location.origin });
    await signInAgain().click();
    const { popup } = await popupAtAuthorize();
    popup.close();
    await expect.element(signInAgain()).toBeEnabled();
    expect(page.getByText(/Waiting for you to sign in/).elements()).toEqual([]);
    expect(services.tabStorage.getItem(PENDING_LOGIN_STORAGE_KEY)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('says so when pop-ups are blocked, and offers signing in in this tab', async () => {
    const { redirects, services } = renderPrompt({
      loginUrl: 'https://acme.my.salesforce.com',
      openPopup: () => null,
    });
    await signInAgain().click();
    await expect.element(page.getByText(/Your browser blocked the sign-in window/)).toBeVisible();
    await expect.element(page.getByText(/ask you to drop its file again/)).toBeVisible();
    await page.getByRole('button', { name: 'Sign in in this tab' }).click();
    await expect.poll(() => redirects.length).toBe(1);
    const url = new URL(redirects[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://acme.my.salesforce.com/services/oauth2/authorize',
    );
    const pending = JSON.parse(services.tabStorage.getItem(PENDING_LOGIN_STORAGE_KEY) ?? '{}');
    expect(pending).toMatchObject({
      state: url.searchParams.get('state'),
      returnTo: '/loads/1234',
    });
  });
});
