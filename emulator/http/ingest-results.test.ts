/**
 * CSV in and out (salesforce-api.md §1.9, §2): delimiters, line endings, quoting, and the exact
 * bytes of the three result files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_DELIMITERS } from '../core/ingest/ingest-types';
import type { ColumnDelimiter } from '../core/ingest/ingest-types';
import { createJob, jobInfo, POLL, startTestOrg, uploadAndClose } from './ingest-test-org';
import type { TestOrg } from './ingest-test-org';

let org: TestOrg;
beforeAll(async () => {
  org = await startTestOrg('fast');
});
afterAll(() => org.close());

/** Runs a job to its end with jsforce's poll and returns its id. */
async function run(spec: Record<string, unknown>, csv: string): Promise<string> {
  const { id } = (await createJob(org, spec)) as { id: string };
  await uploadAndClose(org, id, csv);
  await org.conn.bulk2
    .job('ingest', { id })
    .poll(POLL.pollInterval, POLL.pollTimeout)
    .catch(() => undefined);
  return id;
}

const text = async (path: string, headers: Record<string, string> = {}) => {
  const response = await org.ingest(path, { headers });
  expect(response.status).toBe(200);
  return response.text();
};

describe('result files', () => {
  const csv =
    'name,AnnualRevenue,NumberOfEmployees,Website\n' +
    'Lorem Ipsum,912260031,2676,https://ft.com/lacus/at.jsp\n' +
    'Dolor,1500,12,\n' +
    '"Sit ""Amet""",0.5,,\n' +
    ',7,,\n';

  it('quote the sf__ headers, echo the header as uploaded, quote every value, re-render doubles', async () => {
    const id = await run({ object: 'Account', operation: 'insert' }, csv);
    const successful = await text(`/${id}/successfulResults`);
    const [header, ...lines] = successful.split('\n');
    expect(header).toBe('"sf__Id","sf__Created",name,AnnualRevenue,NumberOfEmployees,Website');
    expect(lines.pop()).toBe('');
    const rows = lines.map((line) => line.replace(/^"001\w{15}",/, '"ID",'));
    expect([...rows].sort()).toEqual([
      '"ID","true","Dolor","1500.0","12",""',
      '"ID","true","Lorem Ipsum","9.12260031E8","2676","https://ft.com/lacus/at.jsp"',
      '"ID","true","Sit ""Amet""","0.5","",""',
    ]);
    expect(rows).not.toEqual(
      [...rows].sort(
        (a, b) => csv.indexOf(a.split('","')[2] ?? '') - csv.indexOf(b.split('","')[2] ?? ''),
      ),
    );
    expect(await text(`/${id}/successfulResults`)).toBe(successful);

    expect(await text(`/${id}/failedResults/`)).toBe(
      '"sf__Id","sf__Error",name,AnnualRevenue,NumberOfEmployees,Website\n' +
        '"","REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --","","7.0","",""\n',
    );
    expect(await text(`/${id}/unprocessedRecords/`)).toBe(
      'name,AnnualRevenue,NumberOfEmployees,Website\n',
    );
  });

  it('leave sf__Id out of failedResults before API v53.0', async () => {
    const id = await run({ object: 'Contact', operation: 'insert' }, 'LastName,Email\nDoe,nope\n');
    const response = await fetch(`${org.url}/services/data/v52.0/jobs/ingest/${id}/failedResults`, {
      headers: { Authorization: `Bearer ${org.token}` },
    });
    expect(await response.text()).toBe(
      '"sf__Error",LastName,Email\n"INVALID_EMAIL_ADDRESS:Email: invalid email address: nope:Email --","Doe","nope"\n',
    );
  });

  it('are just the header when there is nothing to report, and gzip when asked', async () => {
    const id = await run({ object: 'Contact', operation: 'insert' }, 'LastName\nSolo\n');
    expect(await text(`/${id}/failedResults`)).toBe('"sf__Id","sf__Error",LastName\n');
    const zipped = await org.ingest(`/${id}/successfulResults`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toBe('text/csv; charset=UTF-8');
    expect(await zipped.text()).toMatch(
      /^"sf__Id","sf__Created",LastName\n"003\w{15}","true","Solo"\n$/,
    );
  });

  it('stream every row of a large job', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `Bulk ${i}`);
    const id = await run(
      { object: 'Contact', operation: 'insert' },
      `LastName\n${rows.join('\n')}\n`,
    );
    expect(await jobInfo(org, id)).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 25_000,
    });
    const lines = (await text(`/${id}/successfulResults`)).trimEnd().split('\n');
    expect(lines).toHaveLength(25_001);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[2])).size).toBe(25_000);
  });

  it('come back empty through jsforce for an empty load', async () => {
    const result = await org.conn.bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'insert',
      input: [],
      ...POLL,
    });
    expect(result).toEqual({ successfulResults: [], failedResults: [], unprocessedRecords: [] });
  });
});

describe('CSV dialects', () => {
  it.each(Object.entries(COLUMN_DELIMITERS))(
    'reads and writes the %s delimiter',
    async (name, char) => {
      const title = `A${char}B`;
      const id = await run(
        { object: 'Contact', operation: 'insert', columnDelimiter: name as ColumnDelimiter },
        `LastName${char}Title\nDelimited ${name}${char}"${title}"\n`,
      );
      const successful = await text(`/${id}/successfulResults`);
      expect(successful).toMatch(
        new RegExp(`^"sf__Id"\\${char}"sf__Created"\\${char}LastName\\${char}Title\\n`),
      );
      expect(successful).toContain(`"true"${char}"Delimited ${name}"${char}"${title}"\n`);
      const [record] = (
        await org.conn.query(`SELECT Title FROM Contact WHERE LastName = 'Delimited ${name}'`)
      ).records;
      expect(record).toMatchObject({ Title: title });
    },
  );

  it('reads CRLF files for CRLF jobs and answers in CRLF', async () => {
    const id = await run(
      { object: 'Contact', operation: 'insert', lineEnding: 'CRLF' },
      'LastName,Title\r\nWindows,"two\r\nlines"\r\n',
    );
    expect(await text(`/${id}/successfulResults`)).toMatch(
      /^"sf__Id","sf__Created",LastName,Title\r\n"003\w{15}","true","Windows","two\r\nlines"\r\n$/,
    );
  });

  it.each([
    ['LF', 'LastName\r\nDoe\r\n', '\n'],
    ['CRLF', 'LastName\nDoe\n', '\r\n'],
  ])('fails a %s job whose file ends its lines otherwise', async (lineEnding, csv, newline) => {
    const id = await run({ object: 'Contact', operation: 'insert', lineEnding }, csv);
    expect(await jobInfo(org, id)).toMatchObject({
      state: 'Failed',
      numberRecordsProcessed: 0,
      numberRecordsFailed: 0,
      errorMessage: `ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is ${lineEnding}`,
    });
    // Result files follow the job's line ending (docs/decisions/0010, C15).
    expect(await text(`/${id}/unprocessedrecords`)).toBe(`LastName${newline}"Doe"${newline}`);
  });

  it('fails rows with broken quoting or the wrong number of values, and skips blank lines', async () => {
    const id = await run(
      { object: 'Contact', operation: 'insert' },
      'LastName,Title\nGood,One\n\nQuoted, "Title"\nShort\nToo,many,values\n',
    );
    expect(await jobInfo(org, id)).toMatchObject({
      numberRecordsProcessed: 4,
      numberRecordsFailed: 3,
    });
    const failed = (await text(`/${id}/failedResults`)).split('\n').slice(1, -1).sort();
    expect(failed).toEqual([
      '"","INVALID_FIELD:Found unescaped quote. A value with quote should be within a quote:--","Quoted"," ""Title"""',
      '"","INVALID_FIELD:Row has 1 values but the header has 2 columns:--","Short",""',
      '"","INVALID_FIELD:Row has 3 values but the header has 2 columns:--","Too","many"',
    ]);
  });
});
