/**
 * The org jobs pages in real Chromium against the demo org over HTTP: jobs made outside Forklift
 * and jobs Forklift made (a write-ahead record in IndexedDB), their counts and creator, filters,
 * the result downloads, a Failed job's reason, and abort/delete locked for another tool's job.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  control,
  inspectJobs,
  resetDemoOrg,
} from '../../salesforce/bulk/test-support/browser-demo-org';
import {
  demoOrgJobs,
  ended,
  makeJob,
  markForklift,
  renderOrgJobs,
  unmountOrgJobs,
  type DemoOrgJobs,
} from './test-support/demo-org-jobs';

const CONTACTS = 'LastName,Email\nAda,ada@example.com\nBea,bea@example.com\nCy,not an email\n';

let jobs: DemoOrgJobs;
beforeEach(async () => {
  await resetDemoOrg();
  jobs = await demoOrgJobs();
});
afterEach(async () => {
  unmountOrgJobs();
  vi.restoreAllMocks();
  await jobs.dispose();
});

const rowOf = (jobId: string) => page.getByRole('row').filter({ hasText: jobId });

describe('org jobs list', () => {
  it('lists every job with its counts and creator, and marks the one Forklift created', async () => {
    const foreign = await makeJob(jobs.ingest, CONTACTS);
    const ours = await makeJob(jobs.ingest, 'Name\nAcme\n', {
      object: 'Account',
      operation: 'insert',
    });
    await ended(jobs.ingest, foreign);
    await ended(jobs.ingest, ours);
    await markForklift(jobs, ours, 'load-42');
    renderOrgJobs(jobs.services, '/jobs');

    await expect.element(page.getByText('2 jobs in the org.')).toBeVisible();
    await expect.element(rowOf(foreign)).toHaveTextContent(/3 processed, 1 failed/);
    await expect.element(rowOf(foreign)).toHaveTextContent(/Alex Admin/);
    await expect.element(rowOf(foreign)).toHaveTextContent(/JobComplete/);
    await expect.element(rowOf(ours)).toHaveTextContent(/1 processed/);
    const marker = rowOf(ours).getByRole('link', { name: /Created by Forklift/ });
    await expect.element(marker).toHaveAttribute('href', '/loads/load-42');
    expect(
      rowOf(foreign)
        .getByRole('link', { name: /Created by Forklift/ })
        .elements(),
    ).toEqual([]);
  });

  it('filters by object and state, and sorts by created date both ways', async () => {
    const first = await makeJob(jobs.ingest, CONTACTS);
    await ended(jobs.ingest, first);
    await control('POST', 'tick', { ms: 2_000 });
    const second = await makeJob(jobs.ingest, 'Name\nAcme\n', {
      object: 'Account',
      operation: 'insert',
    });
    const open = await makeJob(jobs.ingest, CONTACTS, undefined, { close: false });
    await ended(jobs.ingest, second);
    renderOrgJobs(jobs.services, '/jobs');
    await expect.element(page.getByText('3 jobs in the org.')).toBeVisible();

    await userEvent.selectOptions(page.getByLabelText('Object'), 'Account');
    await expect.element(page.getByText('1 of 3 jobs match the filter.')).toBeVisible();
    await expect.element(rowOf(second)).toBeVisible();
    await userEvent.selectOptions(page.getByLabelText('Object'), '');
    await userEvent.selectOptions(page.getByLabelText('State'), 'Open');
    await expect.element(page.getByText('1 of 3 jobs match the filter.')).toBeVisible();
    await expect.element(rowOf(open)).toBeVisible();
    await userEvent.selectOptions(page.getByLabelText('State'), '');

    const jobLinks = () =>
      page
        .getByRole('link', { name: /^Job / })
        .elements()
        .map((a) => a.textContent);
    const created = page.getByRole('columnheader', { name: /Created/ }).first();
    await expect.element(created).toHaveAttribute('aria-sort', 'descending');
    expect(jobLinks()[2]).toBe(first);
    await userEvent.click(page.getByRole('button', { name: /^Created/ }));
    await expect.element(created).toHaveAttribute('aria-sort', 'ascending');
    expect(jobLinks()[0]).toBe(first);
  });

  it('opens a job from the list', async () => {
    const jobId = await makeJob(jobs.ingest, CONTACTS);
    renderOrgJobs(jobs.services, '/jobs');
    await userEvent.click(page.getByRole('link', { name: `Job ${jobId}` }));
    await expect
      .element(page.getByRole('heading', { name: `Job ${jobId}`, level: 1 }))
      .toBeVisible();
  });
});

describe('job detail', () => {
  it('explains a finished job, names its creator, and downloads its success file', async () => {
    const jobId = await makeJob(jobs.ingest, CONTACTS);
    await ended(jobs.ingest, jobId);
    const objectUrls = vi.spyOn(URL, 'createObjectURL');
    renderOrgJobs(jobs.services, `/jobs/${jobId}`);

    await expect.element(page.getByRole('heading', { name: 'State: JobComplete' })).toBeVisible();
    await expect.element(page.getByText(/Salesforce processed every row/)).toBeVisible();
    await expect.element(page.getByText('3 (2 succeeded)')).toBeVisible();
    await expect.element(page.getByText('Alex Admin')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Download successful records' }));
    await expect
      .element(page.getByText(new RegExp(`^Saved ${jobId}-success-records\\.csv`)))
      .toBeVisible();
    const blob = objectUrls.mock.calls[0]?.[0] as Blob;
    const lines = (await blob.text()).trim().split('\n');
    expect(lines[0]).toBe('"sf__Id","sf__Created",LastName,Email');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[2])
        .sort(),
    ).toEqual(['"Ada"', '"Bea"']);
  });

  it('shows why a Failed job stopped, in Salesforce’s words and in ours', async () => {
    const jobId = await makeJob(jobs.ingest, 'Bogus__c\nx\n');
    await ended(jobs.ingest, jobId);
    renderOrgJobs(jobs.services, `/jobs/${jobId}`);
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent(/InvalidBatch : Field name not found : Bogus__c/);
    await expect.element(alert).toHaveTextContent(/fix the mapping/);
  });

  it('explains a job the org does not have', async () => {
    renderOrgJobs(jobs.services, '/jobs/7505g00000ZZZZZAAA');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Salesforce has no such job/);
  });

  it('refuses to abort another tool’s job until unlocked, then aborts it once confirmed', async () => {
    await control('PATCH', 'config', { pace: 'manual' });
    const jobId = await makeJob(jobs.ingest, CONTACTS);
    renderOrgJobs(jobs.services, `/jobs/${jobId}`);
    await expect
      .element(page.getByRole('heading', { name: 'State: UploadComplete' }))
      .toBeVisible();
    const abort = page.getByRole('button', { name: 'Abort job' });
    await expect.element(abort).toBeDisabled();
    await expect.element(page.getByText(/Forklift did not create this job/)).toBeVisible();

    await userEvent.click(
      page.getByRole('checkbox', { name: 'Unlock abort and delete for this job' }),
    );
    await expect.element(abort).toBeEnabled();
    await expect.element(page.getByRole('button', { name: 'Delete job' })).toBeDisabled();
    await userEvent.click(abort);
    await userEvent.click(page.getByRole('button', { name: 'Keep the job running' }));
    expect((await inspectJobs()).find((j) => j.id === jobId)?.state).toBe('UploadComplete');
    await userEvent.click(abort);
    await expect
      .element(page.getByRole('group', { name: 'Abort this job?' }))
      .toHaveTextContent(
        new RegExp(`Job ${jobId} \\(insert \\w+, UploadComplete\\): 0 rows processed`),
      );
    await userEvent.click(page.getByRole('button', { name: 'Yes, abort the job' }));
    await expect.element(page.getByRole('heading', { name: 'State: Aborted' })).toBeVisible();
    expect((await inspectJobs()).find((j) => j.id === jobId)?.state).toBe('Aborted');
  });

  it('lets Forklift’s own ended job be deleted without unlocking, once confirmed', async () => {
    const jobId = await makeJob(jobs.ingest, CONTACTS);
    await ended(jobs.ingest, jobId);
    await markForklift(jobs, jobId, 'load-7');
    renderOrgJobs(jobs.services, `/jobs/${jobId}`);
    await expect
      .element(page.getByRole('link', { name: /Created by Forklift/ }))
      .toHaveAttribute('href', '/loads/load-7');
    expect(page.getByRole('checkbox').elements()).toEqual([]);
    await expect.element(page.getByRole('button', { name: 'Abort job' })).toBeDisabled();
    const remove = page.getByRole('button', { name: 'Delete job' });
    await userEvent.click(remove);
    // Escape backs out, and focus returns to the button that asked.
    await expect.element(page.getByRole('button', { name: 'Keep the job' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(remove).toHaveFocus();
    expect(page.getByRole('button', { name: 'Yes, delete the job' }).elements()).toEqual([]);
    await userEvent.click(remove);
    await userEvent.click(page.getByRole('button', { name: 'Yes, delete the job' }));
    await expect.element(page.getByText(/The job was deleted from the org/)).toBeVisible();
    expect((await inspectJobs()).map((j) => j.id)).not.toContain(jobId);
  });
});
