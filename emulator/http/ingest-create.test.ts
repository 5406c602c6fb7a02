/**
 * Creating and listing Bulk API 2.0 ingest jobs over HTTP (salesforce-api.md §1.2, §1.3, §1.8):
 * the create shape byte for byte, Salesforce's refusals, multipart create, the job list and paging.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../core/seed/demo-org';
import { ANALYST, createJob, jobInfo, startTestOrg, tick } from './ingest-test-org';
import type { TestOrg } from './ingest-test-org';

const T0 = '2024-09-10T13:12:38.250Z';
const STAMP = '2024-09-10T13:12:38.000+0000';
const JSON_TYPE = 'application/json;charset=UTF-8';
const CONTACTS = 'LastName,Email\nLovelace,ada@example.com\nTuring,alan@example.com\n';

let org: TestOrg;
beforeEach(async () => {
  org = await startTestOrg('manual');
  await org.control('POST', '/clock', { mode: 'manual', now: T0 });
});
afterEach(() => org.close());

const post = (body: string, token?: string) =>
  org.ingest(
    '',
    { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body },
    token,
  );

describe('job create', () => {
  it('answers 200 with the create shape, byte for byte', async () => {
    const response = await post(
      '{"object":"Contact","operation":"upsert","externalIdFieldName":"External_Id__c"}',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(JSON_TYPE);
    const text = await response.text();
    const id = (JSON.parse(text) as { id: string }).id;
    expect(id).toMatch(/^750[0-9A-Za-z]{15}$/);
    expect(text).toBe(
      `{"id":"${id}","operation":"upsert","object":"Contact","createdById":"${DEMO_ADMIN.id}",` +
        `"createdDate":"${STAMP}","systemModstamp":"${STAMP}","state":"Open","externalIdFieldName":"External_Id__c",` +
        `"concurrencyMode":"Parallel","contentType":"CSV","apiVersion":62.0,` +
        `"contentUrl":"services/data/v62.0/jobs/ingest/${id}/batches","lineEnding":"LF","columnDelimiter":"COMMA"}`,
    );
  });

  it("writes Jackson's pretty layout under X-PrettyPrint: 1", async () => {
    const response = await org.ingest('', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-PrettyPrint': '1' },
      body: '{"object":"Account","operation":"insert","lineEnding":"CRLF","columnDelimiter":"PIPE"}',
    });
    const text = await response.text();
    expect(text).toMatch(/^\{\n {2}"id" : "750/);
    expect(text).toContain('\n  "apiVersion" : 62.0,\n');
    expect(text).toMatch(/"lineEnding" : "CRLF",\n {2}"columnDelimiter" : "PIPE"\n\}$/);
  });

  it.each([
    [
      'an unknown object',
      '{"object":"Widget__c","operation":"insert"}',
      'INVALIDENTITY',
      "Entity 'Widget__c' is not supported by the Bulk API.",
    ],
    [
      'an upsert without externalIdFieldName',
      '{"object":"Contact","operation":"upsert"}',
      'INVALIDJOB',
      'External ID was blank for Contact. An External ID must be specified for upsert.',
    ],
    [
      'an upsert key that is not an External ID',
      '{"object":"Contact","operation":"upsert","externalIdFieldName":"LastName"}',
      'INVALIDJOB',
      'Field name provided, LastName does not match an External ID, Salesforce Id, or indexed field for Contact',
    ],
    [
      'an unknown operation',
      '{"object":"Contact","operation":"merge"}',
      'JSON_PARSER_ERROR',
      'Cannot deserialize instance of operation from VALUE_STRING value merge or request may be missing a required field',
    ],
    [
      'an unknown delimiter',
      '{"object":"Contact","operation":"insert","columnDelimiter":"COLON"}',
      'JSON_PARSER_ERROR',
      'Cannot deserialize instance of columnDelimiter from VALUE_STRING value COLON or request may be missing a required field',
    ],
    [
      'an unknown line ending',
      '{"object":"Contact","operation":"insert","lineEnding":"CR"}',
      'JSON_PARSER_ERROR',
      'Cannot deserialize instance of lineEnding from VALUE_STRING value CR or request may be missing a required field',
    ],
  ])('refuses %s with 400 and an array body', async (_name, body, errorCode, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([{ errorCode, message }]);
  });

  it('refuses hardDelete to a user without "Bulk API Hard Delete" and grants it to the admin', async () => {
    const analyst = await org.tokenFor(ANALYST);
    const refused = await post('{"object":"Contact","operation":"hardDelete"}', analyst);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual([
      {
        errorCode: 'FEATURENOTENABLED',
        message:
          'hardDelete operation requires special user profile permission, please contact your system administrator',
      },
    ]);
    await expect(
      org
        .connectionFor(analyst)
        .bulk2.createJob({ object: 'Contact', operation: 'hardDelete' })
        .open(),
    ).rejects.toMatchObject({ name: 'FEATURENOTENABLED' });
    expect((await post('{"object":"Contact","operation":"hardDelete"}')).status).toBe(200);
  });

  it('answers 404 below v41.0, where Bulk API 2.0 did not exist', async () => {
    const response = await fetch(`${org.url}/services/data/v40.0/jobs/ingest`, {
      headers: { Authorization: `Bearer ${org.token}` },
    });
    expect(response.status).toBe(404);
  });

  it('creates and closes in one multipart call (job + content parts)', async () => {
    const form = new FormData();
    form.append(
      'job',
      new Blob(
        ['{"object":"Contact","contentType":"CSV","operation":"insert","lineEnding":"LF"}'],
        { type: 'application/json' },
      ),
    );
    form.append('content', new Blob([CONTACTS], { type: 'text/csv' }), 'content');
    const response = await org.ingest('', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    const info = (await response.json()) as Record<string, unknown>;
    expect(info.state).toBe('UploadComplete');
    expect(info).not.toHaveProperty('contentUrl');
    await tick(org);
    await tick(org);
    expect(await jobInfo(org, String(info.id))).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 2,
    });
  });
});

describe('job list', () => {
  it('lists every ingest job with the list shape, filtered by jobType', async () => {
    const { id } = (await createJob(org, { object: 'Account', operation: 'insert' })) as {
      id: string;
    };
    const list = await org.ingest('?jobType=V2Ingest');
    expect(await list.text()).toBe(
      `{"done":true,"nextRecordsUrl":null,"records":[{"id":"${id}","operation":"insert","object":"Account",` +
        `"createdById":"${DEMO_ADMIN.id}","createdDate":"${STAMP}","systemModstamp":"${STAMP}","state":"Open",` +
        `"concurrencyMode":"Parallel","contentType":"CSV","apiVersion":62.0,"jobType":"V2Ingest",` +
        `"contentUrl":"services/data/v62.0/jobs/ingest/${id}/batches","lineEnding":"LF","columnDelimiter":"COMMA"}]}`,
    );
    expect(await (await org.ingest('/?jobType=Classic')).json()).toEqual({
      done: true,
      nextRecordsUrl: null,
      records: [],
    });
    expect(await (await org.ingest('?isPkChunkingEnabled=true')).json()).toMatchObject({
      records: [],
    });
  });

  it('pages 1000 jobs at a time with a queryLocator', async () => {
    for (let i = 0; i < 1001; i++) await createJob(org, { object: 'Account', operation: 'insert' });
    const first = (await (await org.ingest('')).json()) as {
      done: boolean;
      nextRecordsUrl: string;
      records: unknown[];
    };
    expect(first.done).toBe(false);
    expect(first.records).toHaveLength(1000);
    expect(first.nextRecordsUrl).toMatch(
      /^\/services\/data\/v62\.0\/jobs\/ingest\?queryLocator=\w+$/,
    );
    const next = await fetch(`${org.url}${first.nextRecordsUrl}`, {
      headers: { Authorization: `Bearer ${org.token}` },
    });
    expect(await next.json()).toMatchObject({
      done: true,
      nextRecordsUrl: null,
      records: [expect.anything()],
    });
  });
});
