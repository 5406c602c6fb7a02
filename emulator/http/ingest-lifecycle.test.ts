/**
 * The Bulk API 2.0 job state machine over HTTP (salesforce-api.md §1.4–§1.7, §1.10): the shape
 * of each state byte for byte, Salesforce's refusals of illegal calls, and jsforce's step-by-step API.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../core/seed/demo-org';
import { createJob, jobInfo, POLL, startTestOrg, tick, uploadAndClose } from './ingest-test-org';
import type { TestOrg } from './ingest-test-org';

const T0 = '2024-09-10T13:12:38.250Z';
const STAMP = '2024-09-10T13:12:38.000+0000';
const CONTACTS = 'LastName,Email\nLovelace,ada@example.com\nTuring,alan@example.com\n';

let org: TestOrg;
beforeEach(async () => {
  org = await startTestOrg('manual');
  await org.control('POST', '/clock', { mode: 'manual', now: T0 });
});
afterEach(() => org.close());

const patch = (id: string, state: string) =>
  org.ingest(`/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ state }),
  });
const put = (id: string, csv: string) =>
  org.ingest(`/${id}/batches`, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/csv' },
    body: csv,
  });

describe('job states', () => {
  it('walks Open → UploadComplete → InProgress → JobComplete with the right shape at each step', async () => {
    const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
      id: string;
    };
    const open = await org.ingest(`/${id}`);
    expect(await open.text()).toBe(
      `{"id":"${id}","operation":"insert","object":"Contact","createdById":"${DEMO_ADMIN.id}","createdDate":"${STAMP}",` +
        `"systemModstamp":"${STAMP}","state":"Open","concurrencyMode":"Parallel","contentType":"CSV","apiVersion":62.0,` +
        `"jobType":"V2Ingest","contentUrl":"services/data/v62.0/jobs/ingest/${id}/batches","lineEnding":"LF",` +
        `"columnDelimiter":"COMMA","numberRecordsProcessed":0,"numberRecordsFailed":0,"retries":0,` +
        `"totalProcessingTime":0,"apiActiveProcessingTime":0,"apexProcessingTime":0}`,
    );

    // The contentUrl, used exactly as returned: instance URL + '/' + contentUrl.
    const upload = await fetch(`${org.url}/services/data/v62.0/jobs/ingest/${id}/batches`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${org.token}`, 'Content-Type': 'text/csv' },
      body: CONTACTS,
    });
    expect(upload.status).toBe(201);
    expect(await upload.text()).toBe('');

    const closed = await patch(id, 'UploadComplete');
    expect(await closed.text()).toBe(
      `{"id":"${id}","operation":"insert","object":"Contact","createdById":"${DEMO_ADMIN.id}","createdDate":"${STAMP}",` +
        `"systemModstamp":"${STAMP}","state":"UploadComplete","concurrencyMode":"Parallel","contentType":"CSV","apiVersion":62.0}`,
    );
    expect(await jobInfo(org, id)).not.toHaveProperty('contentUrl');

    await tick(org, 500);
    expect(await jobInfo(org, id)).toMatchObject({
      state: 'InProgress',
      numberRecordsProcessed: 0,
    });
    await tick(org, 500);
    const done = await jobInfo(org, id);
    expect(done).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 2,
      numberRecordsFailed: 0,
      retries: 0,
      totalProcessingTime: 500,
      systemModstamp: '2024-09-10T13:12:39.000+0000',
    });
    expect(done).not.toHaveProperty('errorMessage');
  });

  it("fails the close of a job that was PUT twice, with Salesforce's own spelling", async () => {
    const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
      id: string;
    };
    expect((await put(id, CONTACTS)).status).toBe(201);
    expect((await put(id, CONTACTS)).status).toBe(201);
    const close = await patch(id, 'UploadComplete');
    expect(close.status).toBe(400);
    expect(await close.json()).toEqual([
      {
        errorCode: 'INVALIDJOB',
        message: `Found multipe contents for job: <${id.slice(0, 15)}>, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make sure you only do 'PUT' once on a given Job.`,
      },
    ]);
    expect((await patch(id, 'Aborted')).status).toBe(200);
  });

  it('answers 404 NOT_FOUND for an unknown or deleted job', async () => {
    const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
      id: string;
    };
    await uploadAndClose(org, id, CONTACTS);
    const deleted = await org.ingest(`/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    for (const path of [`/${id}`, '/750Fk000000zzzzAAA', `/${id}/successfulResults`]) {
      const response = await org.ingest(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(
        '[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]',
      );
    }
  });

  it.each([
    [
      'upload to a closed job',
      async (id: string) => put(id, CONTACTS),
      'UploadComplete',
      'Cannot upload data to job ID in state UploadComplete',
    ],
    [
      'close a closed job',
      async (id: string) => patch(id, 'UploadComplete'),
      'UploadComplete',
      'Cannot close job ID in state UploadComplete',
    ],
    [
      'delete an Open job',
      async (id: string) => org.ingest(`/${id}`, { method: 'DELETE' }),
      'Open',
      'Cannot delete job ID in state Open',
    ],
    [
      'abort a finished job',
      async (id: string) => patch(id, 'Aborted'),
      'JobComplete',
      'Cannot abort job ID in state JobComplete',
    ],
    [
      'read results of an Open job',
      async (id: string) => org.ingest(`/${id}/failedResults`),
      'Open',
      'Cannot get failedResults of job ID in state Open',
    ],
    [
      'set a state other than UploadComplete or Aborted',
      async (id: string) => patch(id, 'InProgress'),
      'Open',
      'Invalid state for a job update: InProgress',
    ],
  ])('refuses to %s with 400 INVALIDJOBSTATE', async (_name, call, state, message) => {
    const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
      id: string;
    };
    if (state !== 'Open') await uploadAndClose(org, id, CONTACTS);
    if (state === 'JobComplete') {
      await tick(org);
      await tick(org);
    }
    const response = await call(id);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([
      { errorCode: 'INVALIDJOBSTATE', message: message.replace('ID', id) },
    ]);
  });

  it('aborts Open and closed jobs; the rows never processed come back as unprocessed records', async () => {
    const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
      id: string;
    };
    await uploadAndClose(org, id, CONTACTS);
    const aborted = await patch(id, 'Aborted');
    expect(((await aborted.json()) as { state: string }).state).toBe('Aborted');
    await tick(org);
    expect(await jobInfo(org, id)).toMatchObject({ state: 'Aborted', numberRecordsProcessed: 0 });
    expect(await (await org.ingest(`/${id}/unprocessedrecords`)).text()).toBe(
      'LastName,Email\n"Lovelace","ada@example.com"\n"Turing","alan@example.com"\n',
    );
  });

  it('refuses an upload over 150 MB after base64 before reading it', async () => {
    const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
      id: string;
    };
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${org.url}/services/data/v62.0/jobs/ingest/${id}/batches`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${org.token}`,
          'Content-Type': 'text/csv',
          'Content-Length': 120_000_000,
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on('error', reject);
      req.write('LastName\n');
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body)).toEqual([
      {
        errorCode: 'EXCEEDED_MAX_SIZE_REQUEST',
        message: 'Request body exceeds the maximum of 157286400 bytes after base64 encoding',
      },
    ]);
    expect(await jobInfo(org, id)).toMatchObject({ state: 'Open' });
  });
});

describe('jsforce bulk2, step by step', () => {
  it('runs createJob → open → uploadData → close → poll → results → delete', async () => {
    await org.control('PATCH', '/config', { pace: 'fast' });
    const job = org.conn.bulk2.createJob({ object: 'Contact', operation: 'insert' });
    const opened = await job.open();
    expect(opened).toMatchObject({
      state: 'Open',
      apiVersion: 62,
      contentUrl: `services/data/v62.0/jobs/ingest/${job.id}/batches`,
    });
    await job.uploadData('LastName,Email\nHopper,grace@example.com\nNoether,not-an-email\n');
    await job.close();
    expect(job.getInfo().state).toBe('UploadComplete');
    await job.poll(POLL.pollInterval, POLL.pollTimeout);
    expect(await job.check()).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 2,
      numberRecordsFailed: 1,
    });
    const successful = await job.getSuccessfulResults();
    expect(successful).toEqual([
      {
        sf__Id: expect.stringMatching(/^003/),
        sf__Created: 'true',
        LastName: 'Hopper',
        Email: 'grace@example.com',
      },
    ]);
    expect(await job.getFailedResults()).toEqual([
      {
        sf__Id: '',
        sf__Error: 'INVALID_EMAIL_ADDRESS:Email: invalid email address: not-an-email:Email --',
        LastName: 'Noether',
        Email: 'not-an-email',
      },
    ]);
    expect(await job.getUnprocessedRecords()).toEqual([]);
    await job.delete();
    await expect(job.check()).rejects.toMatchObject({
      name: 'NOT_FOUND',
      message: 'The requested resource does not exist',
    });
  });
});
