/**
 * The demo org's `maxUploadBytes` setting over HTTP: the control plane lowers it (only lower,
 * never past Salesforce's 150 MB after base64), a job's upload over it is refused with 413
 * EXCEEDED_MAX_SIZE_REQUEST naming the limit, one at it is taken, and a reset brings back
 * Salesforce's own limit. What lets end-to-end tests check a client's job size limit with small files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BASE64_BYTES } from '../core/ingest/http-choices';
import { createJob, startTestOrg, type TestOrg } from './ingest-test-org';

let org: TestOrg;

beforeAll(async () => {
  org = await startTestOrg('fast');
});
afterAll(async () => {
  await org.close();
});

/** `rows` Contact rows: the header and each row are 10 bytes, so `rows + 1` times 10 bytes. */
const contacts = (rows: number) =>
  `LastName\r\n${Array.from({ length: rows }, (_, i) => `C${String(i).padStart(7, '0')}\r\n`).join('')}`;

async function upload(csv: string): Promise<Response> {
  const { id } = (await createJob(org, { object: 'Contact', operation: 'insert' })) as {
    id: string;
  };
  return org.ingest(`/${id}/batches`, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/csv' },
    body: csv,
  });
}

const settings = async () =>
  (await (await org.control('GET', '/config')).json()) as { maxUploadBytes: number };

describe('the demo org’s upload limit', () => {
  it('is Salesforce’s own by default', async () => {
    expect((await settings()).maxUploadBytes).toBe(MAX_UPLOAD_BASE64_BYTES);
  });

  it('refuses an upload over a lowered limit, counted after base64, and takes one at it', async () => {
    // 9 rows: 100 bytes of CSV, 136 after base64; 10 rows: 110 bytes, 148 after base64.
    const patched = await org.control('PATCH', '/config', { maxUploadBytes: 136 });
    expect(await patched.json()).toMatchObject({ maxUploadBytes: 136 });
    expect(contacts(9)).toHaveLength(100);
    expect((await upload(contacts(9))).status).toBe(201);
    const over = await upload(contacts(10));
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual([
      {
        errorCode: 'EXCEEDED_MAX_SIZE_REQUEST',
        message: 'Request body exceeds the maximum of 136 bytes after base64 encoding',
      },
    ]);
  });

  it.each([0, -1, 1.5, '4096', MAX_UPLOAD_BASE64_BYTES + 1])(
    'refuses maxUploadBytes %j with 400, keeping the limit',
    async (value) => {
      await org.control('PATCH', '/config', { maxUploadBytes: 4096 });
      const response = await org.control('PATCH', '/config', { maxUploadBytes: value });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'bad value for maxUploadBytes' });
      expect((await settings()).maxUploadBytes).toBe(4096);
    },
  );

  it('is Salesforce’s own again after a reset', async () => {
    await org.control('PATCH', '/config', { maxUploadBytes: 160 });
    await org.control('POST', '/reset');
    expect((await settings()).maxUploadBytes).toBe(MAX_UPLOAD_BASE64_BYTES);
  });
});
