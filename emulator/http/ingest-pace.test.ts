/**
 * Processing pace and batches over HTTP (design.md §5, salesforce-api.md §1.10, §1.13): in manual
 * pace a job moves one step per clock tick — UploadComplete, then InProgress, then one batch of
 * 10,000 rows per tick — so these tests see every intermediate state exactly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJob, jobInfo, POLL, startTestOrg, tick, uploadAndClose } from './ingest-test-org';
import type { TestOrg } from './ingest-test-org';

let org: TestOrg;
beforeEach(async () => {
  org = await startTestOrg('manual');
});
afterEach(() => org.close());

const contacts = (count: number, prefix = 'Paced') =>
  `LastName\n${Array.from({ length: count }, (_, i) => `${prefix} ${i}`).join('\n')}\n`;

async function closedJob(
  csv: string,
  spec: Record<string, unknown> = { object: 'Contact', operation: 'insert' },
) {
  const { id } = (await createJob(org, spec)) as { id: string };
  await uploadAndClose(org, id, csv);
  return id;
}

const counts = async (id: string) => {
  const info = await jobInfo(org, id);
  return [info.state, info.numberRecordsProcessed, info.numberRecordsFailed];
};

describe('manual pace', () => {
  it('grows the counters one 10,000-row batch per tick while InProgress', async () => {
    const id = await closedJob(contacts(25_000));
    expect(await counts(id)).toEqual(['UploadComplete', 0, 0]);
    await tick(org);
    expect(await counts(id)).toEqual(['InProgress', 0, 0]);
    await tick(org);
    expect(await counts(id)).toEqual(['InProgress', 10_000, 0]);
    const partial = await org.ingest(`/${id}/successfulResults`);
    expect((await partial.text()).trimEnd().split('\n')).toHaveLength(10_001);
    await tick(org);
    expect(await counts(id)).toEqual(['InProgress', 20_000, 0]);
    await tick(org);
    expect(await counts(id)).toEqual(['JobComplete', 25_000, 0]);
  });

  it('stops an aborted job where it was: the rest comes back unprocessed', async () => {
    const id = await closedJob(contacts(25_000));
    await tick(org);
    await tick(org);
    const abort = await org.ingest(`/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"state":"Aborted"}',
    });
    expect(abort.status).toBe(200);
    await tick(org);
    expect(await counts(id)).toEqual(['Aborted', 10_000, 0]);
    const unprocessed = (await (await org.ingest(`/${id}/unprocessedrecords`)).text())
      .trimEnd()
      .split('\n');
    expect(unprocessed).toHaveLength(15_001);
    expect(unprocessed[1]).toBe('"Paced 10000"');
  });

  it('moves every running job on each tick', async () => {
    const first = await closedJob(contacts(15_000, 'First'));
    const second = await closedJob(contacts(15_000, 'Second'));
    await tick(org);
    await tick(org);
    expect([await counts(first), await counts(second)]).toEqual([
      ['InProgress', 10_000, 0],
      ['InProgress', 10_000, 0],
    ]);
    await tick(org);
    expect([await counts(first), await counts(second)]).toEqual([
      ['JobComplete', 15_000, 0],
      ['JobComplete', 15_000, 0],
    ]);
  });

  it('resumes waiting jobs when the pace changes to fast', async () => {
    const id = await closedJob(contacts(3));
    await org.control('PATCH', '/config', { pace: 'fast' });
    await org.conn.bulk2.job('ingest', { id }).poll(POLL.pollInterval, POLL.pollTimeout);
    expect(await counts(id)).toEqual(['JobComplete', 3, 0]);
  });
});

describe('batches of 10,000 rows', () => {
  it('rejects a key repeated within a batch but not across batches', async () => {
    const rows = Array.from({ length: 10_002 }, (_, i) => `B-${i},Row ${i}`);
    rows[1] = 'B-X,Twin one';
    rows[2] = 'B-X,Twin two';
    rows[9_999] = 'B-Y,Batch one';
    rows[10_001] = 'B-Y,Batch two';
    const id = await closedJob(`External_Id__c,LastName\n${rows.join('\n')}\n`, {
      object: 'Contact',
      operation: 'upsert',
      externalIdFieldName: 'External_Id__c',
    });
    for (let i = 0; i < 3; i++) await tick(org);
    expect(await counts(id)).toEqual(['JobComplete', 10_002, 2]);
    const failed = (await (await org.ingest(`/${id}/failedResults`)).text())
      .split('\n')
      .slice(1, -1)
      .sort();
    expect(failed).toEqual([
      '"","DUPLICATE_VALUE:Duplicate external id specified: B-X:External_Id__c --","B-X","Twin one"',
      '"","DUPLICATE_VALUE:Duplicate external id specified: B-X:External_Id__c --","B-X","Twin two"',
    ]);
    const successful = await (await org.ingest(`/${id}/successfulResults`)).text();
    expect(successful).toMatch(/"true","B-Y","Batch one"/);
    expect(successful).toMatch(/"false","B-Y","Batch two"/);
  });
});
