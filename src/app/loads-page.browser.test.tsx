/**
 * The history list (issue 6) on Chromium's real IndexedDB: counts from the last reconciliation,
 * retries under their load, and the three deletes, each confirmed with how much goes.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createLoadStore, type LoadInput, type LoadStore, type Owner } from '../lib/load-store';
import { createQueryClient } from '../lib/query-client';
import { createSavedMappingsStore, type SavedMappingsStore } from '../lib/saved-mappings-store';
import { throwawayForkliftDb } from '../test/throwaway-db';
import { LoadHistory } from './loads-page';

const ADMIN: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const OTHER_ORG: Owner = { ...ADMIN, orgId: '00D000000000002AAA' };

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

/** A load store and a saved-mappings store over one database of the test's own. */
async function freshStores(): Promise<{ store: LoadStore; mappings: SavedMappingsStore }> {
  const db = await throwawayForkliftDb('forklift-history');
  return {
    store: createLoadStore(async () => db),
    mappings: createSavedMappingsStore(async () => db),
  };
}

const load = (owner: Owner, loadId: string, over: Partial<LoadInput> = {}): LoadInput => ({
  ...owner,
  loadId,
  orgName: 'Forklift Demo',
  username: 'admin@forklift.demo',
  object: 'Contact',
  operation: 'insert',
  externalIdFieldName: null,
  assignmentRuleId: null,
  file: { name: `${loadId}.csv`, size: 10, lastModified: 1, headHash: 'ab' },
  rowCount: 300,
  excludedRows: 0,
  plannedJobs: 1,
  rowsPerJob: [300],
  trialRows: 0,
  recipe: {},
  status: 'finished',
  ...over,
});

function renderHistory({ store, mappings }: { store: LoadStore; mappings: SavedMappingsStore }) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <LoadHistory owner={ADMIN} store={store} mappings={mappings} />
        </MemoryRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

async function seed(store: LoadStore) {
  await store.saveLoad(
    load(ADMIN, 'contacts', {
      resultCounts: {
        rowCount: 300,
        succeeded: 250,
        created: 240,
        failed: 40,
        unprocessed: 10,
        excluded: 0,
        notSent: 0,
        unknown: 0,
        ambiguous: 0,
        reconciledAt: 1,
      },
    }),
  );
  await store.saveLoad(
    load(ADMIN, 'contacts-retry', { parentLoadId: 'contacts', round: 1, rowsPerJob: [40] }),
  );
  await store.saveLoad(load(ADMIN, 'accounts', { object: 'Account' }));
  await store.saveLoad(load(OTHER_ORG, 'elsewhere'));
}

describe('load history', () => {
  it('lists each load with its counts and its retries', async () => {
    const stores = await freshStores();
    const { store } = stores;
    await seed(store);
    renderHistory(stores);
    const row = page.getByRole('row', { name: /insert Contact from contacts\.csv/ });
    await expect
      .element(row)
      .toHaveTextContent(/250 succeeded \(240 created\) · 40 failed · 10 unprocessed/);
    await expect.element(row.getByRole('link', { name: 'Retry 1: 40 rows' })).toBeVisible();
    await expect
      .element(page.getByRole('row', { name: /insert Account from accounts\.csv/ }))
      .toHaveTextContent(/Not reconciled yet/);
    expect(page.getByRole('link', { name: /elsewhere/ }).elements()).toEqual([]);
  });

  it('deletes one load with its retries after saying what goes, and Cancel keeps it', async () => {
    const stores = await freshStores();
    const { store } = stores;
    await seed(store);
    renderHistory(stores);
    const remove = page.getByRole('button', {
      name: 'Delete from history: insert Contact from contacts.csv',
    });
    await remove.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this load from history?' });
    await expect.element(dialog).toHaveTextContent(/“contacts\.csv”.* and its retry/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await store.getLoad(ADMIN, 'contacts')).toBeDefined();

    await remove.click();
    await page.getByRole('button', { name: 'Delete this load' }).click();
    await expect.element(page.getByText('“contacts.csv” was deleted from history.')).toBeVisible();
    expect((await store.listLoads(ADMIN)).map((l) => l.loadId)).toEqual(['accounts']);
    // The status line and the refetched list render in separate commits: wait for the list.
    await expect.element(page.getByRole('link', { name: /contacts\.csv/ })).not.toBeInTheDocument();
  });

  it('deletes all of this org’s history, then everything, each with its count', async () => {
    const stores = await freshStores();
    const { store } = stores;
    await seed(store);
    renderHistory(stores);
    await page.getByRole('button', { name: 'Delete all history for this org' }).click();
    await expect
      .element(page.getByRole('alertdialog'))
      .toHaveTextContent(/removes 3 loads you ran in this org/);
    await page.getByRole('button', { name: 'Delete 3 loads' }).click();
    await expect.element(page.getByText('3 loads deleted from history.')).toBeVisible();
    expect(await store.listLoads(ADMIN)).toEqual([]);
    expect(await store.countAllLoads()).toBe(1);

    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect
      .element(page.getByRole('alertdialog'))
      .toHaveTextContent(/removes 1 load of every org and user/);
    await page.getByRole('button', { name: 'Delete everything (1 load)' }).click();
    await expect
      .element(page.getByText('Forklift’s history in this browser is empty.'))
      .toBeVisible();
    expect(await store.countAllLoads()).toBe(0);
  });

  it('forgets this org: its loads and the mappings saved for it, not other orgs’', async () => {
    const stores = await freshStores();
    const { store, mappings } = stores;
    await seed(store);
    const saved = (owner: Owner, name: string) =>
      mappings.save({
        ...owner,
        object: 'Contact',
        name,
        savedAt: '2026-12-03T00:00:00Z',
        json: '{}',
      });
    await saved(ADMIN, 'Contacts weekly');
    await saved(ADMIN, 'Contacts yearly');
    await saved(OTHER_ORG, 'Elsewhere');
    renderHistory(stores);
    await page.getByRole('button', { name: 'Forget this org' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Forget Forklift Demo in this browser?' });
    await expect.element(dialog).toHaveTextContent(/3 loads you ran in this org.*2 saved mappings/);
    await dialog.getByRole('button', { name: 'Forget this org' }).click();
    await expect
      .element(page.getByText(/Forklift Demo is forgotten: 3 loads and 2 saved mappings deleted/))
      .toBeVisible();
    expect(await store.listLoads(ADMIN)).toEqual([]);
    expect(await mappings.listForUser(ADMIN.orgId, ADMIN.userId)).toEqual([]);
    expect(await store.countAllLoads()).toBe(1);
    expect(await mappings.listForUser(OTHER_ORG.orgId, OTHER_ORG.userId)).toHaveLength(1);
  });
});
