import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LoadRunSnapshot } from './load-run-types';
import { LoadRunView } from './load-run-view';
import { jobView, snapshotOf } from './test-support/load-run-snapshots';
import { useLoadTabTitle } from './use-load-tab-title';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

const TITLE = 'Upsert Contacts from contacts.csv';

interface Calls {
  log: string[];
  files: File[];
}

function Page(props: { snapshot: LoadRunSnapshot; calls: Calls; withFile: boolean }) {
  const { snapshot, calls } = props;
  useLoadTabTitle(snapshot, 'Upsert Contacts');
  return (
    <LoadRunView
      snapshot={snapshot}
      title={TITLE}
      onAbortJob={(planIndex) => calls.log.push(`abort plan index ${planIndex}`)}
      onAbortAll={() => calls.log.push('abort all')}
      onContinueAfterTrial={() => calls.log.push('continue')}
      {...(props.withFile ? { onProvideFile: (file: File) => calls.files.push(file) } : {})}
    />
  );
}

function renderView(snapshot: LoadRunSnapshot, withFile = true) {
  const calls: Calls = { log: [], files: [] };
  root ??= createRoot(document.body.appendChild(document.createElement('div')));
  const update = (next: LoadRunSnapshot) =>
    root?.render(
      <StrictMode>
        <Page snapshot={next} calls={calls} withFile={withFile} />
      </StrictMode>,
    );
  update(snapshot);
  return { calls, update };
}

/** Job 1 done, job 2 processing (sent again after a broken upload), job 3 uploading. */
const RUNNING = snapshotOf(
  [
    jobView(0, {
      jobId: '750000000000001AAA',
      attemptState: 'terminal',
      jobState: 'JobComplete',
      processed: 1000,
      failed: 10,
    }),
    jobView(1, {
      attempt: 1,
      jobId: '750000000000002AAA',
      attemptState: 'closed',
      jobState: 'InProgress',
      processed: 500,
      failed: 5,
    }),
    jobView(2, {
      rows: 2000,
      jobId: '750000000000003AAA',
      attemptState: 'uploading',
      jobState: 'Open',
      uploadedBytes: 1_000_000,
      totalBytes: 4_000_000,
    }),
  ],
  {
    startedAtMs: 0,
    nowMs: 65_000,
    samples: [
      { atMs: 35_000, processed: 900 },
      { atMs: 65_000, processed: 1500 },
    ],
  },
);

const jobRow = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}(?!\\d)`) });
const rowsProcessed = () => page.getByRole('progressbar', { name: 'Rows processed', exact: true });

describe('the load page', () => {
  it('shows the progress of the whole load and of every job', async () => {
    renderView(RUNNING);
    await expect.element(rowsProcessed()).toHaveAttribute('aria-valuenow', '37');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Loading: 30% or more of the rows processed.');
    const text = document.body.textContent ?? '';
    expect(text).toMatch(/Processed\s*1,500 of 4,000 rows \(37%\)/);
    expect(text).toMatch(/Succeeded\s*1,485/);
    expect(text).toMatch(/Failed\s*15/);
    expect(text).toMatch(/Speed\s*20 records\/s/);
    expect(text).toMatch(/Elapsed\s*1 min 5 s/);
    expect(text).toMatch(/Time left\s*about 2 min left/);

    await expect.element(jobRow('Job 1')).toHaveTextContent(/750000000000001AAA/);
    await expect
      .element(jobRow('Job 1'))
      .toHaveTextContent(/Complete.*Salesforce state: JobComplete/);
    await expect.element(jobRow('Job 1')).toHaveTextContent(/1,000 of 1,000\s*10/);
    await expect
      .element(jobRow('Job 2'))
      .toHaveTextContent(/Salesforce is processing the rows.*Salesforce state: InProgress/);
    await expect
      .element(jobRow('Job 2'))
      .toHaveTextContent('Sent again as a new job after the upload broke off.');
    await expect
      .element(page.getByRole('progressbar', { name: 'Job 2 rows processed' }))
      .toHaveAttribute('aria-valuenow', '50');
    await expect
      .element(page.getByRole('progressbar', { name: 'Job 3 upload' }))
      .toHaveAttribute('aria-valuenow', '25');
    await expect.element(jobRow('Job 3')).toHaveTextContent('Uploaded 1 MB of 4 MB');
    expect(page.getByRole('button', { name: 'Abort job 1' }).query()).toBeNull();
  });

  it('follows new snapshots, in the page and in the tab title, and gives the title back', async () => {
    document.title = 'Forklift';
    const { update } = renderView(RUNNING);
    await expect.poll(() => document.title).toBe('37% · Upsert Contacts — Forklift');
    const [first, second, third] = RUNNING.jobs;
    if (!first || !second || !third) throw new Error('three jobs');
    const done = snapshotOf(
      [
        first,
        { ...second, attemptState: 'terminal', jobState: 'JobComplete', processed: 1000 },
        { ...third, attemptState: 'terminal', jobState: 'JobComplete', processed: 2000, failed: 2 },
      ],
      { status: 'finished', startedAtMs: 0, nowMs: 190_000 },
    );
    update(done);
    await expect.element(rowsProcessed()).toHaveAttribute('aria-valuenow', '100');
    await expect.poll(() => document.title).toBe('Done · Upsert Contacts — Forklift');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('The load finished: 3,983 succeeded, 17 failed.');
    await expect
      .element(page.getByRole('region', { name: 'Load summary' }))
      .toHaveTextContent('Of 4,000 rows in this load, 3,983 succeeded and 17 failed.');
    expect(page.getByRole('button', { name: /^Abort/ }).query()).toBeNull();
    root?.unmount();
    root = undefined;
    expect(document.title).toBe('Forklift');
  });

  it('aborts one job at once, and the whole load only after its confirmation', async () => {
    const { calls } = renderView(RUNNING);
    await userEvent.click(page.getByRole('button', { name: 'Abort job 2' }));
    expect(calls.log).toEqual(['abort plan index 1']);

    const abortAll = page.getByRole('button', { name: 'Abort the whole load' });
    await userEvent.click(abortAll);
    const confirmation = page.getByRole('group', { name: 'Abort the whole load?' });
    await expect
      .element(confirmation)
      .toHaveTextContent('Rows already processed are not rolled back');
    // Keyboard: focus is on the safe choice; Enter keeps loading and focus returns.
    await expect.element(page.getByRole('button', { name: 'Keep loading' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(abortAll).toHaveFocus();
    expect(calls.log).toEqual(['abort plan index 1']);

    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Yes, abort the load' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(calls.log).toEqual(['abort plan index 1', 'abort all']);
    await expect.element(page.getByText('Aborting the load…')).toBeVisible();
  });

  it('shows the trial job results and continues or stops', async () => {
    const trial = snapshotOf(
      [
        jobView(0, {
          trial: true,
          rows: 10,
          jobId: '750000000000001AAA',
          attemptState: 'terminal',
          jobState: 'JobComplete',
          processed: 10,
          failed: 1,
        }),
        jobView(1, { rows: 990 }),
      ],
      { status: 'trial-review' },
    );
    const { calls } = renderView(trial);
    const panel = page.getByRole('region', { name: 'Trial run results' });
    await expect
      .element(panel)
      .toHaveTextContent(
        'The first 10 rows were loaded: 9 succeeded, 1 failed. Continue with the remaining 990 rows?',
      );
    await expect.element(jobRow('Job 1 \\(trial\\)')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    expect(calls.log).toEqual(['continue']);
    await userEvent.click(page.getByRole('button', { name: 'Stop here' }));
    expect(calls.log).toEqual(['continue', 'abort all']);
    await expect.poll(() => document.title).toBe('Trial done · Upsert Contacts — Forklift');
  });

  it('asks for the same file again to send the jobs not uploaded yet', async () => {
    const needsFile = snapshotOf(
      [
        jobView(0, { jobId: '750000000000001AAA', attemptState: 'closed', jobState: 'InProgress' }),
        jobView(1, { rows: 800 }),
        jobView(2, { rows: 700 }),
      ],
      { status: 'needs-file' },
    );
    const { calls } = renderView(needsFile);
    await expect
      .element(page.getByRole('region', { name: 'Choose the same file again' }))
      .toHaveTextContent('2 jobs (1,500 rows) still need them');
    const file = new File(['Email\na@example.com\n'], 'contacts.csv', { type: 'text/csv' });
    await userEvent.upload(page.getByLabelText('The same CSV file', { exact: true }), file);
    await expect.poll(() => calls.files.length).toBe(1);
    expect(calls.files[0]?.name).toBe('contacts.csv');
  });

  it('explains a stopped load and a failed job with what to do', async () => {
    const blocked = snapshotOf(
      [
        jobView(0, {
          jobId: '750000000000001AAA',
          attemptState: 'terminal',
          jobState: 'Failed',
          processed: 200,
          failed: 200,
          errorMessage: 'InvalidBatch : Field name not found : Favourite__c',
        }),
        jobView(1),
      ],
      {
        status: 'blocked',
        failure: {
          errorCode: 'INVALID_SESSION_ID',
          message: 'Session expired or invalid',
          explanation: 'Your Salesforce session ended (it timed out, or someone revoked it).',
          whatToDo: 'Sign in again. Jobs already running in Salesforce keep running meanwhile.',
        },
      },
    );
    renderView(blocked, false);
    const alerts = page.getByRole('alert');
    await expect
      .element(alerts.filter({ hasText: 'The load is stopped' }))
      .toHaveTextContent(
        /Your Salesforce session ended.*What to do: Sign in again.*INVALID_SESSION_ID: Session expired or invalid/,
      );
    await expect
      .element(jobRow('Job 1'))
      .toHaveTextContent(/Failed: Salesforce stopped the job.*Field name not found : Favourite__c/);
    await expect.element(page.getByRole('button', { name: 'Abort job 2' })).toBeVisible();
    await expect.poll(() => document.title).toBe('Stopped · Upsert Contacts — Forklift');
  });
});
