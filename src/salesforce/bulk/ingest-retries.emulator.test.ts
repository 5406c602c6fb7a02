/**
 * What the ingest client retries and what it never does (design.md §4), with the demo org's
 * faults (design.md §6): GETs and PATCHes retry on 5xx/429/network errors, create and the PUT
 * never; a refused token during polling is refreshed once.
 */
import { describe, expect, it } from 'vitest';
import { freshDemoOrg } from '../../../emulator/http/fresh-demo-org';
import { IngestUploadError } from './ingest-upload-error';
import {
  csvBlob,
  demoOrgControl,
  faultCounts,
  inspectJobs,
  pollToTerminal,
  resultLines,
  signedInIngest,
} from './test-support/demo-org-ingest';

const CONTACTS = 'LastName\nLovelace\nTuring\n';

const demo = freshDemoOrg({ pace: 'fast' });

const faults = (...rules: unknown[]) => demoOrgControl(demo.url, 'PUT', 'faults', { rules });

async function openJob() {
  const signedIn = await signedInIngest(demo.url);
  const job = await signedIn.ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
  return { ...signedIn, job };
}

describe('idempotent calls retry', () => {
  it.each([
    { status: 503, times: 2 },
    { status: 500, times: 1 },
    { status: 429, times: 3 },
  ])(
    'GET job info rides out $times × HTTP $status with growing waits',
    async ({ status, times }) => {
      const { ingest, job, waits } = await openJob();
      await faults({ kind: 'status', status, times, match: { call: 'getJob' } });
      expect(await ingest.getJobInfo(job.id)).toMatchObject({ id: job.id, state: 'Open' });
      expect(waits).toHaveLength(times);
      expect(waits).toEqual([...waits].sort((a, b) => a - b));
      expect(await faultCounts(demo.url)).toEqual([{ seen: times + 1, fired: times }]);
    },
  );

  it('retries a dropped connection on results and on the job list', async () => {
    const { ingest, job, waits } = await openJob();
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    await ingest.closeJob(job.id);
    await pollToTerminal(ingest, job.id);
    await faults(
      { kind: 'drop-connection', times: 1, match: { call: 'successfulResults' } },
      { kind: 'status', status: 503, times: 1, match: { call: 'listJobs' } },
    );
    expect(
      await resultLines(await ingest.fetchJobResults(job.id, 'successfulResults')),
    ).toHaveLength(3);
    expect(await ingest.listIngestJobs()).toHaveLength(1);
    expect(waits).toHaveLength(2);
  });

  it('retries close and abort on 503', async () => {
    const { ingest, job, waits } = await openJob();
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    await demoOrgControl(demo.url, 'PATCH', 'config', { pace: 'manual' });
    await faults(
      { kind: 'status', status: 503, times: 1, match: { call: 'closeJob' } },
      { kind: 'status', status: 503, times: 1, match: { call: 'abortJob' } },
    );
    expect(await ingest.closeJob(job.id)).toMatchObject({ state: 'UploadComplete' });
    expect(await ingest.abortJob(job.id)).toMatchObject({ state: 'Aborted' });
    expect(waits).toHaveLength(2);
  });

  it.each([
    { call: 'closeJob', state: 'UploadComplete' },
    { call: 'abortJob', state: 'Aborted' },
  ] as const)(
    '$call: an answer lost after Salesforce acted counts as done when the retry finds $state',
    async ({ call, state }) => {
      let lose = true;
      // Salesforce changes the job's state, then the answer never arrives.
      const losingFetch: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (lose && init?.method === 'PATCH') {
          lose = false;
          throw new TypeError('fetch failed');
        }
        return response;
      };
      const { ingest, waits } = await signedInIngest(demo.url, { fetch: losingFetch });
      await demoOrgControl(demo.url, 'PATCH', 'config', { pace: 'manual' });
      const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
      await ingest.uploadJobData(job, csvBlob(CONTACTS));
      expect(await ingest[call](job.id)).toMatchObject({ id: job.id, state });
      expect(waits).toHaveLength(1);
    },
  );

  it('reports the last failure once every attempt is spent', async () => {
    const { ingest, job, waits } = await openJob();
    await faults({ kind: 'status', status: 503, match: { call: 'getJob' } });
    await expect(ingest.getJobInfo(job.id)).rejects.toMatchObject({
      status: 503,
      errorCode: 'SERVER_UNAVAILABLE',
    });
    expect(waits.length).toBeGreaterThan(0);
  });
});

describe('calls that are never retried', () => {
  it('create: one 503 is reported, and no job was made behind our back', async () => {
    const { ingest, waits } = await signedInIngest(demo.url);
    await faults({ kind: 'status', status: 503, times: 1, match: { call: 'createJob' } });
    await expect(
      ingest.createIngestJob({ object: 'Contact', operation: 'insert' }),
    ).rejects.toMatchObject({ status: 503 });
    expect(waits).toEqual([]);
    expect(await faultCounts(demo.url)).toEqual([{ seen: 1, fired: 1 }]);
    expect(await inspectJobs(demo.url)).toEqual([]);
  });

  it('the PUT: a 503 makes the upload uncertain, sent once, and a second upload is refused', async () => {
    const { ingest, job, waits } = await openJob();
    await faults({ kind: 'status', status: 503, times: 1, match: { call: 'uploadData' } });
    const failure = await ingest.uploadJobData(job, csvBlob(CONTACTS)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IngestUploadError);
    expect(failure).toMatchObject({
      kind: 'upload-uncertain',
      reason: 'refused',
      jobId: job.id,
      apiError: { status: 503, errorCode: 'SERVER_UNAVAILABLE' },
    });
    await expect(ingest.uploadJobData(job, csvBlob(CONTACTS))).rejects.toMatchObject({
      kind: 'second-put-refused',
    });
    expect(waits).toEqual([]);
    expect(await faultCounts(demo.url)).toEqual([{ seen: 1, fired: 1 }]);
  });
});

describe('a token refused while the job runs', () => {
  it('is refreshed once during polling, and polling goes on to JobComplete', async () => {
    const { ingest, job, counts } = await openJob();
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    await demoOrgControl(demo.url, 'PATCH', 'config', { pace: 'manual' });
    await ingest.closeJob(job.id);
    expect(await ingest.getJobInfo(job.id)).toMatchObject({ state: 'UploadComplete' });
    await demoOrgControl(demo.url, 'POST', 'sessions/expire');
    await demoOrgControl(demo.url, 'POST', 'tick', { ms: 1000 });
    expect(await ingest.getJobInfo(job.id)).toMatchObject({ state: 'InProgress' });
    expect(counts.refresh).toBe(1);
    await demoOrgControl(demo.url, 'POST', 'tick', { ms: 1000 });
    expect(await ingest.getJobInfo(job.id)).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 2,
    });
    expect(counts.refresh).toBe(1);
  });

  it('ends the session, with no retry storm, when there is no refresh token', async () => {
    const { ingest, waits } = await signedInIngest(demo.url, { grant: 'password' });
    const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
    await faults({ kind: 'expire-session', times: 1, match: { call: 'getJob' } });
    await expect(ingest.getJobInfo(job.id)).rejects.toMatchObject({
      name: 'SessionExpiredError',
      reason: 'no-refresh-token',
    });
    expect(waits).toEqual([]);
  });
});
