/**
 * The retry controls in real Chromium (issue 6): which rows a retry sends (rows never sent
 * included once the load can no longer send them), and the org's daily limits holding a retry
 * (issue 7's warning): by hand it waits for "Retry anyway", automatically it stops and says why.
 * An automatic retry that fails (e.g. refused because another tab's retry made the page's rounds
 * out of date) stops the automatic retries on the page: they never start again by themselves.
 * The reconciliation is built by the real builder and summary; the service answers a retry with
 * the real limit decision (retryLimitHold) over the limits this test gives.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { summarize } from '../../load/reconcile/reconcile-summary';
import { RowOutcomesBuilder } from '../../load/reconcile/row-outcomes-builder';
import type { Reconciliation } from '../../load/reconcile/row-outcomes';
import { StaleRoundsError, type RetryRequest } from './results-service';
import { retryLimitHold, type LimitsRead } from './retry-limit-hold';
import { AUTOMATIC_RETRY_BASE_DELAY_MS, RetryControls, type RetryService } from './retry-controls';

const LOCK =
  'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: 003000000000001AAA:--';
const PICKLIST =
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: Actve:Status__c --';
const JOB = '750000000000001AAA';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
  vi.useRealTimers();
});

type Fate = 'succeeded' | 'picklist' | 'lock' | 'unprocessed' | 'notSent';

function reconciliationOf(fates: readonly Fate[]): Reconciliation {
  const builder = new RowOutcomesBuilder(fates.length);
  const slot = builder.registerJob(JOB);
  fates.forEach((fate, row) => {
    const result = { created: false, sfId: '', error: '', ambiguous: false };
    switch (fate) {
      case 'succeeded':
        return builder.setResult(row, slot, { ...result, status: 3, sfId: '003000000000009AAA' });
      case 'picklist':
      case 'lock':
        return builder.setResult(row, slot, {
          ...result,
          status: 4,
          error: fate === 'lock' ? LOCK : PICKLIST,
        });
      case 'unprocessed':
        return builder.setResult(row, slot, { ...result, status: 5 });
      case 'notSent':
        return builder.markNotSent(row);
    }
  });
  const outcomes = builder.toOutcomes();
  return { outcomes, summary: summarize(outcomes, { unmatchedResults: 0, unreadJobs: [] }) };
}

/** The org's limits: plenty, nearly spent, or unreadable. */
const PLENTY: LimitsRead = {
  ok: true,
  limits: {
    DailyApiRequests: { Max: 100_000, Remaining: 90_000 },
    DailyBulkApiBatches: { Max: 15_000, Remaining: 14_000 },
  },
};
const SPENT: LimitsRead = {
  ok: true,
  limits: {
    DailyApiRequests: { Max: 100_000, Remaining: 5 },
    DailyBulkApiBatches: { Max: 15_000, Remaining: 14_000 },
  },
};
const UNREADABLE: LimitsRead = { ok: false, reason: 'Salesforce answered 503' };

/** A service whose retry checks `limits` (read at each retry) as the app does, one job a retry. */
function serviceOver(options: {
  limits: () => LimitsRead;
  notSentFinal?: boolean;
  autoRetryLockErrors?: boolean;
  /** Why a retry does not start (thrown before the limits are read), or null. */
  failure?: () => Error | null;
}) {
  const retries: RetryRequest[] = [];
  const started: RetryRequest[] = [];
  const service: RetryService = {
    retriesRunning: 0,
    notSentFinal: options.notSentFinal ?? true,
    automaticRetriesDone: 0,
    autoRetryLockErrors: options.autoRetryLockErrors ?? false,
    setAutoRetryLockErrors: async () => {},
    retry: async (request) => {
      retries.push(request);
      const failure = options.failure?.();
      if (failure) throw failure;
      const plan = { jobs: 1, rows: request.count };
      const hold = request.despiteLimits
        ? null
        : retryLimitHold(options.limits(), plan, request.automatic);
      if (hold) return { kind: 'held', hold };
      started.push(request);
      return { kind: 'started' };
    },
  };
  return { service, retries, started };
}

function render(reconciliation: Reconciliation, service: RetryService) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <RetryControls
        reconciliation={reconciliation}
        overlay={{ edits: [], valueMap: [] }}
        service={service}
      />
    </StrictMode>,
  );
}

const rowsOf = (request: RetryRequest) =>
  [...request.rows.keys()].filter((row) => request.rows[row] === 1);

const MIXED: Fate[] = ['succeeded', 'picklist', 'unprocessed', 'notSent', 'notSent', 'succeeded'];

describe('retry controls', () => {
  it('offers the rows never sent, ticked, and sends them with the failed and unprocessed ones', async () => {
    const t = serviceOver({ limits: () => PLENTY });
    render(reconciliationOf(MIXED), t.service);
    const form = page.getByRole('form', { name: 'Retry rows' });
    const notSent = form.getByRole('checkbox', { name: 'Retry rows not sent (2)' });
    await expect.element(notSent).toBeChecked();
    await expect.element(notSent).toHaveAccessibleDescription(/Salesforce never saw these rows/);
    await form.getByRole('button', { name: 'Retry 4 rows' }).click();
    await expect.poll(() => t.started.length).toBe(1);
    await notSent.click();
    await form.getByRole('button', { name: 'Retry 2 rows' }).click();
    await expect.poll(() => t.started.length).toBe(2);
    expect(t.started.map(rowsOf)).toEqual([
      [1, 2, 3, 4],
      [1, 2],
    ]);
  });

  it('offers rows never sent even when nothing failed', async () => {
    const t = serviceOver({ limits: () => PLENTY });
    render(reconciliationOf(['succeeded', 'notSent']), t.service);
    const form = page.getByRole('form', { name: 'Retry rows' });
    await form.getByRole('button', { name: 'Retry 1 row' }).click();
    await expect.poll(() => t.started.map(rowsOf)).toEqual([[1]]);
  });

  it('does not offer rows the load itself can still send, and says why', async () => {
    const t = serviceOver({ limits: () => PLENTY, notSentFinal: false });
    render(reconciliationOf(MIXED), t.service);
    await expect
      .element(page.getByText(/2 rows not sent yet can still be sent by the load itself/))
      .toBeVisible();
    const form = page.getByRole('form', { name: 'Retry rows' });
    expect(form.getByRole('checkbox', { name: /not sent/ }).elements()).toEqual([]);
    await form.getByRole('button', { name: 'Retry 2 rows' }).click();
    await expect.poll(() => t.started.map(rowsOf)).toEqual([[1, 2]]);
  });

  it('holds a retry that would run the org’s allowance out until the user retries anyway', async () => {
    const t = serviceOver({ limits: () => SPENT });
    render(reconciliationOf(MIXED), t.service);
    const form = page.getByRole('form', { name: 'Retry rows' });
    await form.getByRole('button', { name: 'Retry 4 rows' }).click();
    const alert = form.getByRole('alert');
    await expect
      .element(alert.getByRole('heading', { name: 'The org may run out of API allowance' }))
      .toBeVisible();
    await expect.element(alert).toHaveTextContent(/about 16 API requests, and the org has 5 left/);
    await expect.element(alert).toHaveTextContent(/Nothing was sent/);
    expect(t.started).toEqual([]);

    // Another choice of rows is checked again; "Don’t send now" drops the warning.
    await form.getByRole('checkbox', { name: 'Retry rows not sent (2)' }).click();
    await expect.element(form.getByRole('button', { name: 'Retry 2 rows' })).toBeVisible();
    await form.getByRole('button', { name: 'Retry 2 rows' }).click();
    await form.getByRole('button', { name: 'Don’t send now' }).click();
    expect(form.getByRole('alert').elements()).toEqual([]);
    await form.getByRole('button', { name: 'Retry 2 rows' }).click();
    await form.getByRole('button', { name: 'Retry 2 rows anyway' }).click();
    await expect.poll(() => t.started.length).toBe(1);
    expect(t.retries.map((r) => r.despiteLimits)).toEqual([false, false, false, true]);
    expect(rowsOf(t.started[0]!)).toEqual([1, 2]);
  });

  it('says the limits could not be read and lets the user retry anyway', async () => {
    const t = serviceOver({ limits: () => UNREADABLE });
    render(reconciliationOf(MIXED), t.service);
    const form = page.getByRole('form', { name: 'Retry rows' });
    await form.getByRole('button', { name: 'Retry 4 rows' }).click();
    const alert = form.getByRole('alert');
    await expect
      .element(alert.getByRole('heading', { name: 'The org’s API allowances could not be read' }))
      .toBeVisible();
    await expect.element(alert).toHaveTextContent(/\(Salesforce answered 503\)/);
    await form.getByRole('button', { name: 'Retry 4 rows anyway' }).click();
    await expect.poll(() => t.started.map(rowsOf)).toEqual([[1, 2, 3, 4]]);
  });

  it('stops automatic retries that would run the allowance out, and says why and what to do', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let limits = SPENT;
    const t = serviceOver({ limits: () => limits, autoRetryLockErrors: true });
    render(reconciliationOf(['lock', 'lock', 'picklist', 'succeeded']), t.service);
    await expect
      .element(
        page.getByText(/Retrying 2 rows that failed on a row lock or a timeout in 5 seconds/),
      )
      .toBeVisible();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS);
    const stopped = page.getByRole('alert');
    await expect.element(stopped).toHaveTextContent(/^Automatic retries stopped/);
    await expect.element(stopped).toHaveTextContent(/about 16 API requests, and the org has 5/);
    await expect.element(stopped).toHaveTextContent(/retry them by hand above/);
    expect(page.getByText(/Retrying 2 rows/).elements()).toEqual([]);
    // No automatic retry goes on by itself, however long the page stays open.
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS * 8);
    expect(t.retries.map((r) => r.automatic)).toEqual([true]);
    expect(t.started).toEqual([]);

    // Ticked again once the allowance is back, the automatic retry checks again and goes.
    limits = PLENTY;
    const box = page.getByRole('checkbox', { name: /automatically/ });
    await box.click();
    await box.click();
    await expect.element(page.getByText(/Retrying 2 rows/)).toBeVisible();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS);
    await expect.poll(() => t.started.map(rowsOf)).toEqual([[0, 1]]);
    expect(t.started[0]?.automatic).toBe(true);
  });

  it('stops automatic retries after one failed, and never starts them again by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let failure: Error | null = new Error(
      'another retry of this load is still running (perhaps started in another tab or automatically): wait for it to end, then reload the page to see its results and retry what is still failed.',
    );
    const t = serviceOver({
      limits: () => PLENTY,
      autoRetryLockErrors: true,
      failure: () => failure,
    });
    render(reconciliationOf(['lock', 'lock', 'picklist', 'succeeded']), t.service);
    await expect.element(page.getByText(/Retrying 2 rows that failed/)).toBeVisible();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS);
    const stopped = page.getByRole('alert');
    await expect.element(stopped).toHaveTextContent(/^Automatic retries stopped, and the 2 rows/);
    await expect.element(stopped).toHaveTextContent(/another retry of this load is still running/);
    await expect.element(stopped).toHaveTextContent(/do not start again by themselves/);
    await expect.element(stopped).toHaveTextContent(/reload the page to see the latest results/);
    expect(page.getByText(/Retrying 2 rows/).elements()).toEqual([]);
    // However long the page stays open (each delay doubles: 5 + 10 + 20 s and more), no retry.
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS * 20);
    expect(t.retries.map((r) => r.automatic)).toEqual([true]);
    expect(t.started).toEqual([]);
    // Retrying by hand still works from the same page.
    const form = page.getByRole('form', { name: 'Retry rows' });
    await expect.element(form.getByRole('button', { name: 'Retry 3 rows' })).toBeEnabled();

    // Only the user's untick and tick lets the automatic retry try again.
    failure = null;
    const box = page.getByRole('checkbox', { name: /automatically/ });
    await box.click();
    await box.click();
    await expect.element(page.getByText(/Retrying 2 rows/)).toBeVisible();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS);
    await expect.poll(() => t.started.map(rowsOf)).toEqual([[0, 1]]);
  });

  it('tells a page whose rounds are out of date to reload, automatically and by hand', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stale = new StaleRoundsError();
    const t = serviceOver({
      limits: () => PLENTY,
      autoRetryLockErrors: true,
      failure: () => stale,
    });
    render(reconciliationOf(['lock', 'picklist']), t.service);
    await expect.element(page.getByText(/Retrying 1 row that failed/)).toBeVisible();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS);
    const stopped = page.getByText(/^Automatic retries stopped/);
    await expect.element(stopped).toHaveTextContent(stale.message);
    await expect.element(stopped).toHaveTextContent(/reload the page to see them/);
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS * 20);
    expect(t.retries).toHaveLength(1);

    // By hand: the same refusal, and the user may press again (after a reload, it goes).
    const form = page.getByRole('form', { name: 'Retry rows' });
    await form.getByRole('button', { name: 'Retry 2 rows' }).click();
    const problem = form.getByRole('alert');
    await expect
      .element(problem)
      .toHaveTextContent(`The retry did not start, and nothing was sent. ${stale.message}`);
    await expect.element(form.getByRole('button', { name: 'Retry 2 rows' })).toBeEnabled();
    await form.getByRole('button', { name: 'Retry 2 rows' }).click();
    await expect.poll(() => t.retries.map((r) => r.automatic)).toEqual([true, false, false]);
    expect(t.started).toEqual([]);
  });

  it('goes on with an automatic retry when the limits cannot be read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const t = serviceOver({ limits: () => UNREADABLE, autoRetryLockErrors: true });
    render(reconciliationOf(['lock', 'succeeded']), t.service);
    await expect.element(page.getByText(/Retrying 1 row that failed/)).toBeVisible();
    await vi.advanceTimersByTimeAsync(AUTOMATIC_RETRY_BASE_DELAY_MS);
    await expect.poll(() => t.started.map(rowsOf)).toEqual([[0]]);
  });
});
