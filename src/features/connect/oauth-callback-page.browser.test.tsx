import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { AppConfig } from '../../lib/app-config';
import { AppConfigProvider } from '../../lib/app-config-context';
import { SalesforceProvider } from '../../salesforce/salesforce-context';
import { beginLogin } from '../../salesforce/session/login-flow';
import { PENDING_LOGIN_STORAGE_KEY } from '../../salesforce/session/pending-login';
import { createMemorySalesforceServices } from '../../salesforce/test-support/memory-salesforce-services';
import { OAuthCallbackPage } from './oauth-callback-page';

const config: AppConfig = {
  demoOrgUrl: 'http://localhost:4455',
  clientId: 'forklift-console',
  redirectPath: '/oauth/callback',
  apiVersion: '62.0',
};

let root: Root | undefined;
const startUrl = location.href;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
  history.replaceState(null, '', startUrl);
});

async function renderCallback(search: string) {
  const services = createMemorySalesforceServices();
  await beginLogin(services.tabStorage, {
    loginUrl: config.demoOrgUrl,
    clientId: config.clientId,
    redirectUri: `${location.origin}/oauth/callback`,
    returnTo: '/jobs',
  });
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <AppConfigProvider config={config}>
        <SalesforceProvider services={services}>
          <MemoryRouter initialEntries={[`/oauth/callback${search}`]}>
            <Routes>
              <Route path="/oauth/callback" element={<OAuthCallbackPage />} />
              <Route path="/connect" element={<h1>Connect to Salesforce</h1>} />
            </Routes>
          </MemoryRouter>
        </SalesforceProvider>
      </AppConfigProvider>
    </StrictMode>,
  );
  return services;
}

describe('OAuth callback page', () => {
  it('shows a denied authorization with what to do, and uses up the pending sign-in', async () => {
    const services = await renderCallback(
      '?error=access_denied&error_description=end-user+denied+authorization&state=x',
    );
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent(/cancelled or access was denied/);
    await expect.element(alert).toHaveTextContent(/end-user denied authorization/);
    expect(services.tabStorage.getItem(PENDING_LOGIN_STORAGE_KEY)).toBeNull();
    expect(location.search).toBe('');
    await page.getByRole('link', { name: 'Back to Connect' }).click();
    await expect
      .element(page.getByRole('heading', { name: 'Connect to Salesforce' }))
      .toBeVisible();
  });

  it('refuses a code whose state is not this tab’s, without signing in', async () => {
    const services = await renderCallback('?code=aPrx.abc%3D%3D&state=forged');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/does not belong/);
    expect(services.sessions.store.getState().status).toBe('signed-out');
    await expect.element(page.getByRole('link', { name: 'Back to Connect' })).toBeVisible();
  });

  it('says there is nothing to finish when the callback carries no code', async () => {
    await renderCallback('');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/no sign-in to finish/);
  });
});
