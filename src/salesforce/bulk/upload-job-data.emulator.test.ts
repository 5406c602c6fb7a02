/**
 * The one PUT per job (salesforce-api.md §1.4, design.md §4) against the demo org, through the
 * fetch transport with a Blob body: a refused token is refreshed once, anything else is
 * `upload-uncertain` and never sent again.
 */
import { describe, expect, it } from 'vitest';
import { passwordGrant } from '../../../emulator/http/demo-org-test-client';
import { freshDemoOrg } from '../../../emulator/http/fresh-demo-org';
import { sessionFromTokenResponse } from '../session/session';
import { explainIngestFailure } from './explain-ingest-failure';
import { fetchUploadTransport } from './fetch-upload-transport';
import {
  CLIENT_ID,
  csvBlob,
  demoOrgControl,
  faultCounts,
  inspectJobs,
  pollToTerminal,
  signedInIngest,
  type SignInOptions,
} from './test-support/demo-org-ingest';

const CONTACTS = 'LastName\nLovelace\nTuring\n';

const demo = freshDemoOrg({ pace: 'fast' });

const faults = (...rules: unknown[]) => demoOrgControl(demo.url, 'PUT', 'faults', { rules });

async function openJob(options: SignInOptions = {}) {
  const signedIn = await signedInIngest(demo.url, options);
  const job = await signedIn.ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
  return { ...signedIn, job };
}

describe('a refused token at upload time', () => {
  it('is refreshed once and the PUT sent once more; the org holds one upload', async () => {
    const { ingest, job, counts } = await openJob();
    await demoOrgControl(demo.url, 'POST', 'sessions/expire');
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    expect(counts.refresh).toBe(1);
    expect(await inspectJobs(demo.url)).toMatchObject([{ id: job.id, uploads: 1 }]);
    await ingest.closeJob(job.id);
    expect((await pollToTerminal(ingest, job.id)).at(-1)).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 2,
    });
  });

  it('is refreshed at most once: a second refusal makes the upload uncertain', async () => {
    const { ingest, job, counts } = await openJob();
    await faults({ kind: 'expire-session', times: 2, match: { call: 'uploadData' } });
    await expect(ingest.uploadJobData(job, csvBlob(CONTACTS))).rejects.toMatchObject({
      kind: 'upload-uncertain',
      reason: 'refused',
      apiError: { status: 401, errorCode: 'INVALID_SESSION_ID' },
    });
    expect(counts.refresh).toBe(1);
    expect(await faultCounts(demo.url)).toEqual([{ seen: 2, fired: 2 }]);
  });

  it('ends the session without using up the job’s one upload when it cannot be refreshed', async () => {
    const { ingest, job, services } = await openJob({ grant: 'password' });
    await demoOrgControl(demo.url, 'POST', 'sessions/expire');
    await expect(ingest.uploadJobData(job, csvBlob(CONTACTS))).rejects.toMatchObject({
      name: 'SessionExpiredError',
    });
    expect(await inspectJobs(demo.url)).toMatchObject([{ uploads: 0 }]);
    // Signed in again, the job still takes its first and only upload.
    services.sessions.store.signIn(
      sessionFromTokenResponse(await passwordGrant(demo.url), {
        loginUrl: demo.url,
        clientId: CLIENT_ID,
      }),
    );
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    expect(await inspectJobs(demo.url)).toMatchObject([{ uploads: 1 }]);
  });
});

describe('an upload whose outcome is unknown', () => {
  it('is reported uncertain when the connection drops mid-send, and the job can be aborted', async () => {
    const { ingest, job } = await openJob();
    await faults({ kind: 'drop-connection', times: 1, match: { call: 'uploadData' } });
    const failure = await ingest.uploadJobData(job, csvBlob(CONTACTS)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'upload-uncertain', reason: 'network', jobId: job.id });
    expect(explainIngestFailure(failure).whatToDo).toMatch(/new one/);
    await expect(ingest.uploadJobData(job, csvBlob(CONTACTS))).rejects.toMatchObject({
      kind: 'second-put-refused',
    });
    expect(await ingest.abortJob(job.id)).toMatchObject({ state: 'Aborted' });
    expect(await faultCounts(demo.url)).toEqual([{ seen: 1, fired: 1 }]);
  });

  it('is reported uncertain when the caller aborts while the upload is in flight', async () => {
    let sending!: () => void;
    const started = new Promise<void>((resolve) => (sending = resolve));
    const fetchTransport = fetchUploadTransport();
    const { ingest, job } = await openJob({
      upload: (request) => {
        const answer = fetchTransport(request);
        sending();
        return answer;
      },
    });
    // The org holds the PUT on its manual clock, so only our side can end it.
    await demoOrgControl(demo.url, 'POST', 'clock', { mode: 'manual' });
    await faults({ kind: 'slow', delayMs: 60_000, times: 1, match: { call: 'uploadData' } });
    const controller = new AbortController();
    const upload = ingest.uploadJobData(job, csvBlob(CONTACTS), { signal: controller.signal });
    await started;
    controller.abort(new DOMException('The user stopped the load', 'AbortError'));
    await expect(upload).rejects.toMatchObject({ kind: 'upload-uncertain', reason: 'aborted' });
    await expect(ingest.uploadJobData(job, csvBlob(CONTACTS))).rejects.toMatchObject({
      kind: 'second-put-refused',
    });
  });

  it('sends nothing when the caller aborted before the upload started', async () => {
    const { ingest, job } = await openJob();
    const controller = new AbortController();
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(
      ingest.uploadJobData(job, csvBlob(CONTACTS), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    expect(await inspectJobs(demo.url)).toMatchObject([{ uploads: 1 }]);
  });
});

describe('Salesforce’s own refusals', () => {
  it('an upload to a job that is no longer Open is uncertain with INVALIDJOBSTATE', async () => {
    const { ingest, job } = await openJob();
    await ingest.closeJob(job.id);
    await expect(ingest.uploadJobData(job, csvBlob(CONTACTS))).rejects.toMatchObject({
      kind: 'upload-uncertain',
      apiError: { status: 400, errorCode: 'INVALIDJOBSTATE' },
    });
  });

  it('a job that got two PUTs (not from us) cannot be closed: INVALIDJOB, explained', async () => {
    const { ingest, job, services } = await openJob();
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    const secondPut = await services.client.fetch(`/${job.contentUrl}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/csv' },
      body: CONTACTS,
    });
    expect(secondPut.status).toBe(201);
    const refusal = await ingest.closeJob(job.id).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ status: 400, errorCode: 'INVALIDJOB' });
    expect(explainIngestFailure(refusal).whatToDo).toMatch(/abort it/);
  });
});
