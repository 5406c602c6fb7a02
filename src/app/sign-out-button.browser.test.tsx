/**
 * Sign-out (issue 7): the token is revoked and the session, the cached describe answers and the
 * files and prepared rows held in the page are all gone before Connect shows.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { keepPreparedJobs, preparedJobsOf } from '../lib/prepared-loads';
import { createQueryClient } from '../lib/query-client';
import { keepSourceFile, sourceFileOf } from '../lib/source-files';
import { SalesforceProvider } from '../salesforce/salesforce-context';
import { sessionFromTokenResponse } from '../salesforce/session/session';
import { SESSION_STORAGE_KEY } from '../salesforce/session/session-store';
import {
  recordingOAuthClient,
  tokenResponse,
} from '../salesforce/session/test-support/recording-oauth-client';
import { createMemorySalesforceServices } from '../salesforce/test-support/memory-salesforce-services';
import { SignOutButton } from './sign-out-button';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

describe('Sign out', () => {
  it('revokes the token and forgets the session, cached describes, files and prepared rows', async () => {
    const { client, calls } = recordingOAuthClient(async () => undefined);
    const services = createMemorySalesforceServices({ oauth: client });
    const origin = { loginUrl: 'https://acme.my.salesforce.com', clientId: 'key' };
    services.sessions.store.signIn(sessionFromTokenResponse(tokenResponse('00D!at', 'rt'), origin));
    const queryClient = createQueryClient();
    queryClient.setQueryData(['describe', 'Contact'], { name: 'Contact', fields: [] });
    const file = new File(['Id\n'], 'contacts.csv', { type: 'text/csv' });
    keepSourceFile('load-1', file);
    keepPreparedJobs('load-1', [{ planIndex: 0, trial: false, rows: 1, body: new Blob(['x']) }]);

    root = createRoot(document.body.appendChild(document.createElement('div')));
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <SalesforceProvider services={services}>
            <MemoryRouter initialEntries={['/loads/load-1']}>
              <Routes>
                <Route path="/loads/:loadId" element={<SignOutButton />} />
                <Route path="/connect" element={<h1>Connect to Salesforce</h1>} />
              </Routes>
            </MemoryRouter>
          </SalesforceProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect
      .element(page.getByRole('heading', { name: 'Connect to Salesforce' }))
      .toBeVisible();
    expect(calls).toEqual([{ kind: 'revokeToken', endpoints: origin, token: 'rt' }]);
    expect(services.sessions.store.getState()).toEqual({ status: 'signed-out' });
    expect(services.tabStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(sourceFileOf('load-1')).toBeNull();
    expect(preparedJobsOf('load-1')).toBeNull();
  });
});
