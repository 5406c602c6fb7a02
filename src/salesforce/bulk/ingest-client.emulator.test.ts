/**
 * The ingest client against the demo org over HTTP (salesforce-api.md §1): the whole lifecycle,
 * results as streams, abort, delete, 404 and the job list. Nothing here is mocked.
 */
import { describe, expect, it } from 'vitest';
import { freshDemoOrg } from '../../../emulator/http/fresh-demo-org';
import { SalesforceApiError } from '../salesforce-api-error';
import { explainIngestFailure } from './explain-ingest-failure';
import {
  csvBlob,
  demoOrgControl,
  inspectJobs,
  pollToTerminal,
  resultLines,
  signedInIngest,
} from './test-support/demo-org-ingest';
import type { UploadProgress } from './upload-transport';

const CONTACTS =
  'LastName,Email\nLovelace,ada@example.com\nTuring,alan@example.com\n,nobody@example.com\n';
/** A job id of the right shape that the org never issued. */
const UNKNOWN_JOB = '750000000000000AAA';

const demo = freshDemoOrg({ pace: 'fast' });

describe('a job from create to results', () => {
  it('creates, uploads once, closes, runs to JobComplete and streams all three results', async () => {
    const { ingest } = await signedInIngest(demo.url);
    const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
    expect(job).toMatchObject({
      state: 'Open',
      object: 'Contact',
      operation: 'insert',
      apiVersion: 62,
      lineEnding: 'LF',
      columnDelimiter: 'COMMA',
      contentUrl: `services/data/v62.0/jobs/ingest/${job.id}/batches`,
    });

    const progress: UploadProgress[] = [];
    const body = csvBlob(CONTACTS);
    await ingest.uploadJobData(job, body, { onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toEqual({ loaded: body.size, total: body.size });

    const closed = await ingest.closeJob(job.id);
    expect(closed).toMatchObject({ id: job.id, state: 'UploadComplete' });
    expect(closed).not.toHaveProperty('contentUrl');

    const seen = await pollToTerminal(ingest, job.id);
    expect(seen.at(-1)).toMatchObject({
      state: 'JobComplete',
      jobType: 'V2Ingest',
      numberRecordsProcessed: 3,
      numberRecordsFailed: 1,
    });

    const successful = await ingest.fetchJobResults(job.id, 'successfulResults');
    expect(successful.body).toBeInstanceOf(ReadableStream);
    const ok = await resultLines(successful);
    expect(ok[0]).toBe('"sf__Id","sf__Created",LastName,Email');
    expect(ok.slice(1).sort()).toEqual([
      expect.stringMatching(/^"003\w{15}","true","Lovelace","ada@example.com"$/),
      expect.stringMatching(/^"003\w{15}","true","Turing","alan@example.com"$/),
    ]);
    const failed = await resultLines(await ingest.fetchJobResults(job.id, 'failedResults'));
    expect(failed.slice(1)).toEqual([
      '"","REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --","","nobody@example.com"',
    ]);
    const unprocessed = await ingest.fetchJobResults(job.id, 'unprocessedrecords');
    expect(await resultLines(unprocessed)).toEqual(['LastName,Email']);
    expect((await inspectJobs(demo.url)).map((j) => j.uploads)).toEqual([1]);
  });

  it('sends the upsert key, LF and COMMA with the job', async () => {
    const { ingest } = await signedInIngest(demo.url);
    const job = await ingest.createIngestJob({
      object: 'Contact',
      operation: 'upsert',
      externalIdFieldName: 'External_Id__c',
    });
    expect(job).toMatchObject({
      operation: 'upsert',
      externalIdFieldName: 'External_Id__c',
      lineEnding: 'LF',
      columnDelimiter: 'COMMA',
    });
  });

  it('reports a refused create with Salesforce’s code and our words', async () => {
    const { ingest } = await signedInIngest(demo.url);
    const attempt = ingest.createIngestJob({ object: 'Contact', operation: 'upsert' });
    await expect(attempt).rejects.toMatchObject({ status: 400, errorCode: 'INVALIDJOB' });
    const failure = explainIngestFailure(await attempt.catch((e: unknown) => e));
    expect(failure.errorCode).toBe('INVALIDJOB');
    expect(failure.whatToDo).toMatch(/matching field/);
  });

  it('refuses hardDelete without the permission with FEATURENOTENABLED', async () => {
    const { ingest } = await signedInIngest(demo.url);
    await demoOrgControl(demo.url, 'PATCH', 'users/admin@forklift.demo/permissions', {
      bulkApiHardDelete: false,
    });
    const attempt = ingest.createIngestJob({ object: 'Contact', operation: 'hardDelete' });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toMatchObject({ errorCode: 'FEATURENOTENABLED' });
    expect(explainIngestFailure(error).whatToDo).toMatch(/Bulk API Hard Delete/);
  });
});

describe('abort, delete and unknown jobs', () => {
  it('aborts a closed job: Aborted on the server, its rows listed as unprocessed', async () => {
    const { ingest } = await signedInIngest(demo.url);
    await demoOrgControl(demo.url, 'PATCH', 'config', { pace: 'manual' });
    const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    await ingest.closeJob(job.id);
    const aborted = await ingest.abortJob(job.id);
    expect(aborted).toMatchObject({ id: job.id, state: 'Aborted' });
    expect(await ingest.getJobInfo(job.id)).toMatchObject({ state: 'Aborted' });
    const unprocessed = await resultLines(
      await ingest.fetchJobResults(job.id, 'unprocessedrecords'),
    );
    expect(unprocessed).toHaveLength(4);
  });

  it('deletes a finished job; the org then answers 404 NOT_FOUND for it', async () => {
    const { ingest, waits } = await signedInIngest(demo.url);
    const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    await ingest.closeJob(job.id);
    await pollToTerminal(ingest, job.id);
    await ingest.deleteJob(job.id);
    const gone = ingest.getJobInfo(job.id);
    await expect(gone).rejects.toBeInstanceOf(SalesforceApiError);
    await expect(gone).rejects.toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
    expect(waits).toEqual([]);
  });

  it.each([
    [
      'getJobInfo',
      (i: Awaited<ReturnType<typeof signedInIngest>>['ingest']) => i.getJobInfo(UNKNOWN_JOB),
    ],
    [
      'abortJob',
      (i: Awaited<ReturnType<typeof signedInIngest>>['ingest']) => i.abortJob(UNKNOWN_JOB),
    ],
    [
      'closeJob',
      (i: Awaited<ReturnType<typeof signedInIngest>>['ingest']) => i.closeJob(UNKNOWN_JOB),
    ],
    [
      'fetchJobResults',
      (i: Awaited<ReturnType<typeof signedInIngest>>['ingest']) =>
        i.fetchJobResults(UNKNOWN_JOB, 'failedResults'),
    ],
  ])('%s of an unknown job fails at once with 404 NOT_FOUND, explained', async (_name, call) => {
    const { ingest, waits } = await signedInIngest(demo.url);
    const error = await call(ingest).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
    expect(explainIngestFailure(error).explanation).toMatch(/7 days/);
    expect(waits).toEqual([]);
  });
});

describe('the org’s job list', () => {
  it('follows nextRecordsUrl through every page', async () => {
    const { ingest, services } = await signedInIngest(demo.url);
    const create = (i: number) =>
      services.client.fetch(services.client.dataPath('/jobs/ingest'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ object: i % 2 ? 'Account' : 'Contact', operation: 'insert' }),
      });
    for (let i = 0; i < 1001; i++) await create(i);
    const jobs = await ingest.listIngestJobs({ jobType: 'V2Ingest' });
    expect(jobs).toHaveLength(1001);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(1001);
    expect(jobs[0]).toMatchObject({ jobType: 'V2Ingest', state: 'Open', apiVersion: 62 });
    expect(await ingest.listIngestJobs({ jobType: 'Classic' })).toEqual([]);
  });
});
