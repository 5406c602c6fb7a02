import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { AppConfig } from '../../lib/app-config';
import { AppConfigProvider } from '../../lib/app-config-context';
import { SalesforceProvider } from '../../salesforce/salesforce-context';
import { takePendingLogin } from '../../salesforce/session/pending-login';
import { createMemorySalesforceServices } from '../../salesforce/test-support/memory-salesforce-services';
import { tabFromPageStart } from '../../test/keyboard';
import { ConnectPage } from './connect-page';
import { REMEMBERED_MY_DOMAINS_KEY } from './remembered-my-domains';

const config: AppConfig = {
  demoOrgUrl: 'http://localhost:4455',
  clientId: 'forklift-console',
  redirectPath: '/oauth/callback',
  apiVersion: '62.0',
};

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
  localStorage.removeItem(REMEMBERED_MY_DOMAINS_KEY);
});

function renderConnectPage(url = '/connect') {
  const services = createMemorySalesforceServices();
  const redirects: string[] = [];
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  root.render(
    <StrictMode>
      <AppConfigProvider config={config}>
        <SalesforceProvider services={services}>
          <MemoryRouter initialEntries={[url]}>
            <ConnectPage redirect={(to) => redirects.push(to)} />
          </MemoryRouter>
        </SalesforceProvider>
      </AppConfigProvider>
    </StrictMode>,
  );
  return { services, redirects };
}

const signInButton = () => page.getByRole('button', { name: 'Sign in' });
const myDomainField = () => page.getByRole('textbox', { name: 'My Domain' });

describe('Connect page', () => {
  it('signs in to the demo org by default, with PKCE, and comes back to returnTo', async () => {
    const { services, redirects } = renderConnectPage('/connect?returnTo=%2Fjobs');
    await expect
      .element(page.getByRole('heading', { name: 'Connect to Salesforce' }))
      .toBeVisible();
    await expect.element(page.getByRole('radio', { name: 'Demo org' })).toBeChecked();
    await signInButton().click();
    await expect.poll(() => redirects.length).toBe(1);
    const url = new URL(redirects[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:4455/services/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('forklift-console');
    expect(url.searchParams.get('redirect_uri')).toBe(`${location.origin}/oauth/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const pending = takePendingLogin(services.tabStorage);
    expect(pending).toMatchObject({ state: url.searchParams.get('state'), returnTo: '/jobs' });
  });

  it('explains why login.salesforce.com cannot be used, at the field', async () => {
    const { redirects } = renderConnectPage();
    await page.getByRole('radio', { name: 'My Domain' }).click();
    await myDomainField().fill('https://login.salesforce.com');
    await signInButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent(/only on your org’s My Domain/);
    await expect.element(myDomainField()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(myDomainField()).toHaveFocus();
    expect(redirects).toEqual([]);
  });

  it('asks for the consumer key of a real org and puts the focus there', async () => {
    const { redirects } = renderConnectPage();
    await page.getByRole('radio', { name: 'My Domain' }).click();
    await myDomainField().fill('acme');
    await signInButton().click();
    const consumerKey = page.getByRole('textbox', { name: 'Consumer key' });
    await expect.element(page.getByRole('alert')).toHaveTextContent(/consumer key/);
    await expect.element(consumerKey).toHaveFocus();
    expect(redirects).toEqual([]);
  });

  it('signs in on a sandbox My Domain and remembers its consumer key for next time', async () => {
    const first = renderConnectPage();
    await page.getByRole('radio', { name: 'My Domain' }).click();
    await myDomainField().fill('acme--uat.sandbox');
    await page.getByRole('textbox', { name: 'Consumer key' }).fill('3MVG9.key');
    await signInButton().click();
    await expect.poll(() => first.redirects.length).toBe(1);
    const url = new URL(first.redirects[0] ?? '');
    expect(url.origin).toBe('https://acme--uat.sandbox.my.salesforce.com');
    expect(url.searchParams.get('client_id')).toBe('3MVG9.key');

    root?.unmount();
    document.body.replaceChildren();
    renderConnectPage();
    await page.getByRole('radio', { name: 'My Domain' }).click();
    await expect.element(myDomainField()).toHaveValue('acme--uat.sandbox.my.salesforce.com');
    await expect
      .element(page.getByRole('textbox', { name: 'Consumer key' }))
      .toHaveValue('3MVG9.key');
  });

  it('can be used with the keyboard alone', async () => {
    const { redirects } = renderConnectPage();
    await expect.element(page.getByRole('radio', { name: 'Demo org' })).toBeVisible();
    await tabFromPageStart();
    await expect.element(page.getByRole('radio', { name: 'Demo org' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: 'My Domain' })).toBeChecked();
    await userEvent.tab();
    await expect.element(myDomainField()).toHaveFocus();
    await userEvent.keyboard('http://localhost:4455');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => redirects.length).toBe(1);
    expect(new URL(redirects[0] ?? '').origin).toBe('http://localhost:4455');
  });
});
