import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createQueryClient } from '../lib/query-client';
import type { OrgIdentity } from '../salesforce/org-identity';
import { SalesforceProvider } from '../salesforce/salesforce-context';
import { createMemorySalesforceServices } from '../salesforce/test-support/memory-salesforce-services';
import { GlobalHeader } from './global-header';
import { OrgIdentityView } from './org-identity-view';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

function render(node: ReactNode) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(<StrictMode>{node}</StrictMode>);
}

const identity: OrgIdentity = {
  orgId: '00D5g000000DemoEAA',
  orgName: 'Forklift Demo',
  isSandbox: true,
  userId: '0055g000000AdminAAA',
  username: 'admin@forklift.demo',
  displayName: 'Ada Admin',
  timeZone: 'Europe/Paris',
};

describe('header org strip', () => {
  it('shows org name, org id, user and a Sandbox badge for a sandbox', async () => {
    render(<OrgIdentityView identity={identity} />);
    const badge = page.getByText('Sandbox', { exact: true });
    await expect.element(badge).toBeVisible();
    await expect.element(badge).toHaveClass('slds-badge');
    await expect.element(badge).not.toHaveClass('slds-theme_error');
    for (const text of [
      'Forklift Demo',
      '00D5g000000DemoEAA',
      'Ada Admin',
      'admin@forklift.demo',
    ]) {
      await expect.element(page.getByText(text, { exact: true })).toBeVisible();
    }
  });

  it('shows a red Production badge for a production org', async () => {
    render(<OrgIdentityView identity={{ ...identity, isSandbox: false }} />);
    const badge = page.getByText('Production', { exact: true });
    await expect.element(badge).toBeVisible();
    await expect.element(badge).toHaveClass('slds-theme_error');
    expect(page.getByText('Sandbox', { exact: true }).elements()).toEqual([]);
  });
});

describe('global header', () => {
  it('is a banner with the main navigation, and says when no org is connected', async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <SalesforceProvider services={createMemorySalesforceServices()}>
          <MemoryRouter initialEntries={['/connect']}>
            <GlobalHeader />
          </MemoryRouter>
        </SalesforceProvider>
      </QueryClientProvider>,
    );
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.element(page.getByRole('banner')).toHaveTextContent(/Forklift/);
    await expect.element(page.getByRole('banner')).toHaveTextContent(/Not connected/);
    const links = nav
      .getByRole('link')
      .elements()
      .map((a) => a.textContent);
    expect(links).toEqual(['Connect', 'New load', 'Loads', 'Org jobs']);
    await expect
      .element(nav.getByRole('link', { name: 'Connect' }))
      .toHaveAttribute('aria-current', 'page');
    expect(page.getByRole('button', { name: 'Sign out' }).elements()).toEqual([]);
  });
});
