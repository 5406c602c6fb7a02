/**
 * The PUT by XMLHttpRequest in real Chromium against the demo org (design.md §4, §7): upload
 * progress, CORS, the one refresh on a refused token, and outcomes that make an upload uncertain.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceClient } from '../rest-client';
import { explainIngestFailure } from './explain-ingest-failure';
import { createIngestClient, defaultUploadTransport } from './ingest-client';
import { isTerminalJobState, type JobInfo } from './ingest-types';
import {
  allowOrigins,
  control,
  inspectJobs,
  passwordSessions,
  resetDemoOrg,
} from './test-support/browser-demo-org';
import type { UploadProgress, UploadTransport } from './upload-transport';
import { xhrUploadTransport } from './xhr-upload-transport';

const ROWS = 20_000;
const MAX_POLLS = 500;
const contacts = (count: number) =>
  new Blob(
    [
      'LastName,Email\n',
      ...Array.from({ length: count }, (_, i) => `Row ${i},row${i}@example.com\n`),
    ],
    { type: 'text/csv' },
  );

async function signedIn(upload?: UploadTransport) {
  const sessions = await passwordSessions();
  const client = createSalesforceClient({ sessions, apiVersion: '62.0' });
  const ingest = createIngestClient({ client, sessions, ...(upload ? { upload } : {}) });
  const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
  return { sessions, ingest, job };
}

beforeEach(() => resetDemoOrg());

describe('the XHR upload in the browser', () => {
  it('is the default transport where XMLHttpRequest exists', () => {
    expect(defaultUploadTransport()).toBe(xhrUploadTransport);
  });

  it('sends the Blob once with progress, and the job runs to JobComplete', async () => {
    const { ingest, job } = await signedIn();
    const body = contacts(ROWS);
    const progress: UploadProgress[] = [];
    await ingest.uploadJobData(job, body, { onProgress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ loaded: body.size, total: body.size });
    expect(progress.map((p) => p.loaded)).toEqual(
      [...progress.map((p) => p.loaded)].sort((a, b) => a - b),
    );
    await ingest.closeJob(job.id);
    let info: JobInfo | undefined;
    for (let i = 0; i < MAX_POLLS && !(info && isTerminalJobState(info.state)); i++) {
      info = await ingest.getJobInfo(job.id);
    }
    expect(info).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: ROWS,
      numberRecordsFailed: 0,
    });
    expect(await inspectJobs()).toMatchObject([{ id: job.id, uploads: 1 }]);
  });

  it('refreshes a refused token once and sends the PUT once more', async () => {
    const { ingest, job, sessions } = await signedIn();
    await control('POST', 'sessions/expire');
    await ingest.uploadJobData(job, contacts(3));
    expect(sessions.refreshes()).toBe(1);
    expect(await inspectJobs()).toMatchObject([{ uploads: 1 }]);
  });

  const dropUploads = (times: number) =>
    control('PUT', 'faults', {
      rules: [{ kind: 'drop-connection', times, match: { call: 'uploadData' } }],
    });

  // Chromium re-sends a request by itself when a reused keep-alive connection closes before any
  // answer (HttpNetworkTransaction::ShouldResendRequest). We cannot stop it; Salesforce's refusal
  // to close a job with two contents (INVALIDJOB, §1.4) is what keeps such a job from running.
  // See docs/decisions/0012-bulk-client.md.
  it('is re-sent by Chromium itself when a reused connection drops before any answer', async () => {
    const { ingest, job } = await signedIn();
    await dropUploads(1);
    await ingest.uploadJobData(job, contacts(3));
    expect(await control('GET', 'faults')).toMatchObject({ rules: [{ seen: 2, fired: 1 }] });
    expect(await inspectJobs()).toMatchObject([{ uploads: 1 }]);
  });

  it('reports a connection that drops again as upload-uncertain, and never sends again', async () => {
    const { ingest, job } = await signedIn();
    await dropUploads(2);
    await expect(ingest.uploadJobData(job, contacts(3))).rejects.toMatchObject({
      kind: 'upload-uncertain',
      reason: 'network',
    });
    await expect(ingest.uploadJobData(job, contacts(3))).rejects.toMatchObject({
      kind: 'second-put-refused',
    });
    expect(await control('GET', 'faults')).toMatchObject({ rules: [{ seen: 2, fired: 2 }] });
  });

  it('reports an origin missing from the CORS allowlist as no answer, explained as CORS', async () => {
    const { ingest, job } = await signedIn();
    await allowOrigins(['http://localhost:5173']);
    const failure = await ingest.uploadJobData(job, contacts(3)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'upload-uncertain', reason: 'network' });
    expect(explainIngestFailure(failure).whatToDo).toMatch(/new one/);
    expect(await inspectJobs()).toMatchObject([{ uploads: 0 }]);
  });

  it('reports an abort while the PUT is in flight as upload-uncertain (aborted)', async () => {
    let sending!: () => void;
    const started = new Promise<void>((resolve) => (sending = resolve));
    const { ingest, job } = await signedIn((request) => {
      const answer = xhrUploadTransport(request);
      sending();
      return answer;
    });
    // The org holds the PUT on its manual clock, so only our side can end it.
    await control('POST', 'clock', { mode: 'manual' });
    await control('PUT', 'faults', {
      rules: [{ kind: 'slow', delayMs: 60_000, times: 1, match: { call: 'uploadData' } }],
    });
    const controller = new AbortController();
    const upload = ingest.uploadJobData(job, contacts(3), { signal: controller.signal });
    await started;
    controller.abort(new DOMException('The user stopped the load', 'AbortError'));
    await expect(upload).rejects.toMatchObject({ kind: 'upload-uncertain', reason: 'aborted' });
    await control('POST', 'tick', { ms: 60_000 });
  });
});
