/**
 * The results panel in real Chromium (issue 6): a Reconciliation built in the test (real
 * builder, real summary), the rows read from a real File through the row index, edits kept in a
 * real IndexedDB; the service under the panel is a plain one over this test's own data.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createRowEditsStore } from '../../lib/row-edits-store';
import { throwawayForkliftDb } from '../../test/throwaway-db';
import { summarize } from '../../load/reconcile/reconcile-summary';
import { RowOutcomesBuilder } from '../../load/reconcile/row-outcomes-builder';
import type { Reconciliation } from '../../load/reconcile/row-outcomes';
import { readSourceRows } from './read-source-rows';
import { ResultsPanel } from './results-panel';
import type { ResultsDownloadKind, ResultsService, RetryRequest } from './results-service';

const OWNER = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const PICKLIST =
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: Actve:Status__c --';
const LOCK =
  'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: 003000000000001AAA:--';
const JOB = '750000000000001AAA';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

/** A CSV File of `rows` data rows and the byte offset where each starts (ASCII: one byte a char). */
function csvOf(rows: string[][]) {
  const lines = ['FirstName,LastName,Status__c', ...rows.map((r) => r.join(','))];
  const offsets = new Float64Array(rows.length);
  let at = lines[0]!.length + 1;
  rows.forEach((_, i) => {
    offsets[i] = at;
    at += lines[i + 1]!.length + 1;
  });
  return { file: new File([lines.join('\n') + '\n'], 'contacts.csv'), offsets };
}

type Fate = 'created' | 'updated' | 'picklist' | 'lock' | 'unprocessed' | 'excluded' | 'unknown';

function reconciliationOf(fates: readonly { fate: Fate; ambiguous?: boolean }[]): Reconciliation {
  const builder = new RowOutcomesBuilder(fates.length);
  const slot = builder.registerJob(JOB);
  fates.forEach(({ fate, ambiguous = false }, row) => {
    const sfId = `003000000000${String(row).padStart(3, '0')}AAA`;
    switch (fate) {
      case 'created':
      case 'updated':
        return builder.setResult(row, slot, {
          status: 3,
          created: fate === 'created',
          sfId,
          error: '',
          ambiguous,
        });
      case 'picklist':
      case 'lock':
        return builder.setResult(row, slot, {
          status: 4,
          created: false,
          sfId: '',
          error: fate === 'lock' ? LOCK : PICKLIST,
          ambiguous,
        });
      case 'unprocessed':
        return builder.setResult(row, slot, {
          status: 5,
          created: false,
          sfId: '',
          error: '',
          ambiguous,
        });
      case 'excluded':
        return builder.markExcluded(row);
      case 'unknown':
        return builder.markUnknown(row, slot, ambiguous);
    }
  });
  const outcomes = builder.toOutcomes();
  return { outcomes, summary: summarize(outcomes, { unmatchedResults: 0, unreadJobs: [] }) };
}

async function freshEdits() {
  const db = await throwawayForkliftDb('forklift-results-panel');
  return createRowEditsStore(async () => db);
}

interface Recorded {
  retries: RetryRequest[];
  downloads: { kind: ResultsDownloadKind; neutralise: boolean }[];
  reads: number[][];
}

/** A service over this test's rows, file and IndexedDB; `reconcile` answers when told. */
async function serviceOver(rows: string[][], reconciliation: Reconciliation) {
  const { file, offsets } = csvOf(rows);
  const edits = await freshEdits();
  const recorded: Recorded = { retries: [], downloads: [], reads: [] };
  // Reconciliations asked before `finish` wait for it; those asked after answer at once.
  let finished = false;
  const waiting: (() => void)[] = [];
  let report: ((done: number) => void) | null = null;
  const service: ResultsService = {
    header: ['FirstName', 'LastName', 'Status__c'],
    jobIds: [JOB],
    rounds: 1,
    automaticRetriesDone: 0,
    retriesRunning: 0,
    notSentFinal: true,
    keepResultFiles: false,
    setKeepResultFiles: async (on) => (on ? 'kept' : 'dropped'),
    autoRetryLockErrors: false,
    columnOfField: (field) => (field === 'Status__c' ? 2 : null),
    setAutoRetryLockErrors: async () => {},
    reconcile: (onProgress) =>
      new Promise((resolve) => {
        report = (done) => onProgress({ phase: 'results', done, total: rows.length });
        if (finished) resolve(reconciliation);
        else waiting.push(() => resolve(reconciliation));
      }),
    rememberCounts: async () => {},
    readRows: async (wanted) => {
      recorded.reads.push([...wanted]);
      return readSourceRows({
        file,
        encoding: 'utf-8',
        leadingBytes: 0,
        dialect: { delimiter: ',', quoteChar: '"', newline: '\n' },
        rowOffsets: offsets,
        rows: wanted,
      });
    },
    columnValues: async (mask, column) => {
      const counts = new Map<string, number>();
      rows.forEach((cells, row) => {
        if (mask[row] === 1) counts.set(cells[column]!, (counts.get(cells[column]!) ?? 0) + 1);
      });
      return [...counts].map(([value, count]) => ({ value, count }));
    },
    download: async (kind, _outcomes, neutralise) => {
      recorded.downloads.push({ kind, neutralise });
      return new Blob([`${kind}\n`], { type: 'text/csv' });
    },
    rawResults: async (jobId, kind) => new Blob([`${jobId} ${kind}\n`], { type: 'text/csv' }),
    loadOverlay: () => edits.get(OWNER, 'load-1'),
    setEdit: (edit) => edits.setEdit(OWNER, 'load-1', edit),
    removeEdit: (row, column) => edits.removeEdit(OWNER, 'load-1', row, column),
    setValue: (entry) => edits.setValue(OWNER, 'load-1', entry),
    retry: async (request) => {
      recorded.retries.push(request);
      return { kind: 'started' };
    },
  };
  return {
    service,
    edits,
    recorded,
    progress: (done: number) => report?.(done),
    finish: () => {
      finished = true;
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

function renderPanel(service: ResultsService) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <ResultsPanel service={service} object="Contact" operation="upsert" fileName="contacts.csv" />
    </StrictMode>,
  );
}

/** The names of the files offered for download (`<a download>` added to the page). */
function watchDownloads(): string[] {
  const names: string[] = [];
  new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof HTMLAnchorElement && node.download) names.push(node.download);
  }).observe(document.body, { childList: true });
  return names;
}

const SMALL: { fate: Fate; ambiguous?: boolean }[] = [
  { fate: 'created' },
  { fate: 'updated' },
  { fate: 'picklist' },
  { fate: 'picklist' },
  { fate: 'lock' },
  { fate: 'unprocessed' },
  { fate: 'unknown' },
  { fate: 'picklist', ambiguous: true },
  { fate: 'excluded' },
];
const SMALL_ROWS = SMALL.map((_, i) => [`Ann${i}`, `Lee${i}`, i === 3 ? 'Inactve' : 'Actve']);

describe('results panel', () => {
  it('shows progress, then the invariant as a sentence and a table, and the gaps as an alert', async () => {
    const t = await serviceOver(SMALL_ROWS, reconciliationOf(SMALL));
    renderPanel(t.service);
    await expect.element(page.getByText(/Reconciling: matching every row/)).toBeVisible();
    t.progress(4);
    await expect
      .element(page.getByText('Reconciling: reading Salesforce’s results (4 of 9)…'))
      .toBeVisible();
    t.finish();
    await expect
      .element(page.getByTestId('invariant'))
      .toHaveTextContent(
        '9 rows = 2 succeeded (1 created, 1 updated) + 4 failed + 1 unprocessed + 1 excluded before upload + 0 not sent + 1 unknown',
      );
    const table = page.getByRole('table', { name: 'Rows by outcome' });
    await expect.element(table.getByRole('row', { name: 'Failed 4' })).toBeVisible();
    await expect.element(table.getByRole('row', { name: 'Rows in the file 9' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent(/1 row were sent but Salesforce returned no/);
    await expect.element(alert).toHaveTextContent(/1 row had the same values as other rows/);
  });

  it('groups failures in cards with meaning, fix and a Retryable badge for row locks', async () => {
    const t = await serviceOver(SMALL_ROWS, reconciliationOf(SMALL));
    renderPanel(t.service);
    t.finish();
    const picklist = page.getByRole('article', {
      name: '3 rows — INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST on Contact.Status__c',
    });
    await expect.element(picklist).toBeVisible();
    await expect.element(picklist).toHaveTextContent(/What it means:/);
    await expect.element(picklist).toHaveTextContent(/Likely fix:/);
    expect(picklist.getByText('Retryable', { exact: true }).elements()).toEqual([]);
    const lock = page.getByRole('article', { name: /^1 row — UNABLE_TO_LOCK_ROW/ });
    await expect.element(lock.getByText('Retryable', { exact: true })).toBeVisible();
  });

  it('shows a group’s rows read from the file, and keeps a cell edit in IndexedDB', async () => {
    const t = await serviceOver(SMALL_ROWS, reconciliationOf(SMALL));
    renderPanel(t.service);
    t.finish();
    const card = page.getByRole('article', { name: /INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST/ });
    await card.getByRole('button', { name: 'Show rows' }).click();
    const table = card.getByRole('table', { name: /Rows failing with/ });
    const cell = (name: string) => table.getByRole('button', { name, exact: true });
    await expect.element(cell('Edit FirstName in row 3: Ann2')).toBeVisible();
    await expect.element(cell('Edit LastName in row 4: Lee3')).toBeVisible();
    await expect.element(cell('Edit Status__c in row 8: Actve')).toBeVisible();
    expect(table.getByRole('row').elements()).toHaveLength(4);
    await expect
      .element(table)
      .toHaveTextContent(/Status: bad value for restricted picklist field: Actve/);
    expect(table.element().querySelector('tbody')?.textContent).not.toContain('INVALID_OR_NULL');
    expect(t.recorded.reads).toEqual([[2, 3, 7]]);

    await table.getByRole('button', { name: 'Edit Status__c in row 3: Actve' }).click();
    const input = page.getByLabelText('New value for Status__c in row 3');
    await userEvent.clear(input);
    await userEvent.type(input, 'Active');
    await page.getByRole('button', { name: 'Save edit' }).click();
    await expect
      .element(table.getByRole('button', { name: 'Edit Status__c in row 3: Active (edited)' }))
      .toBeVisible();
    expect((await t.edits.get(OWNER, 'load-1')).edits).toEqual([
      { row: 2, column: 2, value: 'Active' },
    ]);
  });

  it('fixes a value for every row of a group from the group’s own values', async () => {
    const t = await serviceOver(SMALL_ROWS, reconciliationOf(SMALL));
    renderPanel(t.service);
    t.finish();
    const card = page.getByRole('article', { name: /INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST/ });
    await card.getByRole('button', { name: 'Fix a value for all rows of this group' }).click();
    const form = page.getByRole('form', { name: 'Fix a value for all rows of this group' });
    await expect.element(form.getByLabelText('Column to fix')).toHaveValue('2');
    const from = form.getByLabelText('Value to replace');
    await expect.element(from).toHaveTextContent('Actve — 2 rows');
    await expect.element(from).toHaveTextContent('Inactve — 1 row');
    await userEvent.type(form.getByLabelText('Replace with'), 'Active');
    await form.getByRole('button', { name: 'Save fix' }).click();
    await expect.element(page.getByText('Status__c: “Actve” → “Active”')).toBeVisible();
    expect((await t.edits.get(OWNER, 'load-1')).valueMap).toEqual([
      { column: 2, from: 'Actve', to: 'Active' },
    ]);
  });

  it('retries failed and unprocessed rows, leaving out uncertain ones unless included', async () => {
    const t = await serviceOver(SMALL_ROWS, reconciliationOf(SMALL));
    renderPanel(t.service);
    t.finish();
    const form = page.getByRole('form', { name: 'Retry rows' });
    await expect.element(form.getByLabelText('Retry failed rows (4)')).toBeChecked();
    await expect.element(form.getByLabelText('Retry unprocessed rows (1)')).toBeChecked();
    await form.getByRole('button', { name: 'Retry 4 rows' }).click();
    await form.getByLabelText(/Include 1 row whose match is uncertain/).click();
    await form.getByLabelText('Retry unprocessed rows (1)').click();
    await form.getByRole('button', { name: 'Retry 4 rows' }).click();
    const chosen = t.recorded.retries.map((r) => [...r.rows.keys()].filter((i) => r.rows[i]));
    expect(chosen).toEqual([
      [2, 3, 4, 5],
      [2, 3, 4, 7],
    ]);
    expect(t.recorded.retries.map((r) => r.automatic)).toEqual([false, false]);
  });

  it('offers the result files under their names, made safe for Excel only when asked', async () => {
    const names = watchDownloads();
    const t = await serviceOver(SMALL_ROWS, reconciliationOf(SMALL));
    renderPanel(t.service);
    t.finish();
    await page.getByLabelText(/Make safe for Excel/).click();
    await page.getByRole('button', { name: 'Download all rows with results' }).click();
    await page.getByRole('button', { name: 'Download failed rows' }).click();
    await page.getByRole('button', { name: 'Download unprocessed rows' }).click();
    await page.getByRole('button', { name: `Download failed results of job ${JOB}` }).click();
    await expect.poll(() => names.length).toBe(4);
    expect(names).toEqual([
      'contacts-results.csv',
      'contacts-failed.csv',
      'contacts-unprocessed.csv',
      `${JOB}-failed-records.csv`,
    ]);
    expect(t.recorded.downloads).toEqual([
      { kind: 'with-results', neutralise: true },
      { kind: 'failed', neutralise: false },
      { kind: 'unprocessed', neutralise: false },
    ]);
  });

  it('keeps only the visible rows of a large group in the page and reads them 50 at a time', async () => {
    const fates = Array.from({ length: 5_000 }, () => ({ fate: 'picklist' as const }));
    const rows = fates.map((_, i) => [`Ann${i}`, `Lee${i}`, 'Actve']);
    const t = await serviceOver(rows, reconciliationOf(fates));
    renderPanel(t.service);
    t.finish();
    const card = page.getByRole('article', { name: /^5,000 rows — INVALID_OR_NULL/ });
    await card.getByRole('button', { name: 'Show rows' }).click();
    const table = card.getByRole('table', { name: /Rows failing with/ });
    await expect
      .element(table.getByRole('button', { name: 'Edit FirstName in row 1: Ann0' }))
      .toBeVisible();
    const rendered = table.getByRole('row').elements().length;
    expect(rendered).toBeLessThan(60);
    expect(t.recorded.reads.every((read) => read.length <= 50)).toBe(true);
    expect(t.recorded.reads.flat().length).toBeLessThan(200);

    const region = card.getByRole('region', { name: /scrollable/ }).element();
    region.scrollTop = 33 * 4_000;
    await expect
      .element(table.getByRole('row', { name: /^4,0\d\d .*Ann40\d\d/ }).first())
      .toBeVisible();
    expect(t.recorded.reads.flat().length).toBeLessThan(300);
  });
});
