/** The "Check this org" panel in real Chromium against the demo org (design.md §7). */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { AppConfig } from '../../lib/app-config';
import { demoOrgUrl, resetDemoOrg } from '../../salesforce/bulk/test-support/browser-demo-org';
import { ReadinessPanel } from './readiness-panel';
import type { ConnectForm } from './sign-in-target';

let root: Root | undefined;
beforeEach(() => resetDemoOrg());
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

function renderPanel(form: Partial<ConnectForm>, autoRun = false) {
  const config: AppConfig = {
    demoOrgUrl: demoOrgUrl(),
    clientId: 'forklift-console',
    redirectPath: '/oauth/callback',
    apiVersion: '62.0',
  };
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <ReadinessPanel
        form={{ choice: 'demo', myDomain: '', consumerKey: '', ...form }}
        config={config}
        autoRun={autoRun}
      />
    </StrictMode>,
  );
}

describe('Check this org', () => {
  it('checks the demo org on demand and lists every item with its status in words', async () => {
    renderPanel({});
    await page.getByRole('button', { name: 'Check this org' }).click();
    await expect.element(page.getByRole('status')).toHaveTextContent(/All 3 checks passed/);
    const list = page.getByRole('list', { name: 'Org readiness before sign-in' });
    await expect
      .element(list.getByRole('listitem', { name: 'API version 62.0: Ready' }))
      .toBeVisible();
  });

  it('runs by itself when asked to (after a failed sign-in)', async () => {
    await resetDemoOrg({ allowThisPage: false });
    renderPanel({}, true);
    await expect
      .element(page.getByRole('listitem', { name: 'Salesforce answers this console: Needs a fix' }))
      .toHaveTextContent(`Origin URL pattern: ${location.origin}`);
    expect(page.getByRole('listitem').all()).toHaveLength(3);
  });

  it('asks for a My Domain before it can check one', async () => {
    renderPanel({ choice: 'my-domain', myDomain: '' });
    await expect
      .element(page.getByText('Enter your My Domain above to check that org.'))
      .toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Check this org' })).toBeDisabled();
  });
});
