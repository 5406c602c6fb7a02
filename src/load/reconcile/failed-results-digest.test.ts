import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJob,
  jobInfo,
  startTestOrg,
  uploadAndClose,
  type TestOrg,
} from '../../../emulator/http/ingest-test-org';
import { digestFailedResults } from './failed-results-digest';

/** A real capture (salesforce-api.md §1.12), with two more rows of other errors. */
const REAL = [
  '"sf__Id","sf__Error",Name,StageName,external_id__c,CloseDate',
  `"","INVALID_FIELD:Failed to deserialize field at col 3. Due to, '2003-04-987654321987654321' is not a valid value for the type xsd:date:CloseDate --","Noemi Miller","GENERATED","external-id-3","2003-04-987654321987654321"`,
  '"","REQUIRED_FIELD_MISSING:Required fields are missing: [StageName]:StageName --","Ann Lee","","external-id-4","2003-04-01"',
  '"","REQUIRED_FIELD_MISSING:Required fields are missing: [StageName]:StageName --","Bo Chen","","external-id-5","2003-04-02"',
].join('\n');

describe('digestFailedResults', () => {
  it('groups the rows by code, most first, in the admin’s words with the values as sent', () => {
    const digest = digestFailedResults(REAL);
    expect(digest.rows).toBe(3);
    expect(digest.columns).toEqual(['Name', 'StageName', 'external_id__c', 'CloseDate']);
    expect(digest.groups.map((g) => [g.code, g.rows])).toEqual([
      ['REQUIRED_FIELD_MISSING', 2],
      ['INVALID_FIELD', 1],
    ]);
    const [missing, invalid] = digest.groups;
    expect(missing?.explanation.title).toBe('Required field missing');
    expect(missing?.examples[1]).toEqual({
      message: 'Required fields are missing: [StageName]',
      fields: ['StageName'],
      values: ['Bo Chen', '', 'external-id-5', '2003-04-02'],
    });
    expect(invalid?.examples[0]?.fields).toEqual(['CloseDate']);
  });

  it('keeps only the first examples of a group, and reads a file of no failures', () => {
    const digest = digestFailedResults(REAL, 1);
    expect(digest.groups[0]?.rows).toBe(2);
    expect(digest.groups[0]?.examples).toHaveLength(1);
    const empty = digestFailedResults('"sf__Id","sf__Error",Name\n');
    expect(empty).toEqual({ rows: 0, columns: ['Name'], groups: [] });
    expect(digestFailedResults('')).toEqual({ rows: 0, columns: [], groups: [] });
  });
});

describe('digestFailedResults on the demo org’s own failedResults', () => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await startTestOrg('fast');
  });
  afterAll(() => org.close());

  it('explains each failed row of a real job', async () => {
    const job = await createJob(org, { object: 'Contact', operation: 'insert', lineEnding: 'LF' });
    const jobId = String(job.id);
    await uploadAndClose(
      org,
      jobId,
      'LastName,Email\nLovelace,ada@example.com\n,nobody@example.com\n,nobody2@example.com\n',
    );
    let info = await jobInfo(org, jobId);
    for (let i = 0; i < 200 && !['JobComplete', 'Failed'].includes(String(info.state)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      info = await jobInfo(org, jobId);
    }
    expect(info.state).toBe('JobComplete');
    const text = await (await org.ingest(`/${jobId}/failedResults`)).text();
    const digest = digestFailedResults(text);
    expect(digest.rows).toBe(2);
    expect(digest.columns).toEqual(['LastName', 'Email']);
    expect(digest.groups).toHaveLength(1);
    expect(digest.groups[0]).toMatchObject({ code: 'REQUIRED_FIELD_MISSING', rows: 2 });
    // The demo org shuffles result files, as Salesforce does not keep the upload's order.
    expect(digest.groups[0]?.examples.map((e) => e.values[1]).sort()).toEqual([
      'nobody2@example.com',
      'nobody@example.com',
    ]);
  });
});
