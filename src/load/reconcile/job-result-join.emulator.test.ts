/**
 * The join against the demo org over real HTTP (design.md §7): jobs run with the org's own row
 * rules, its re-rendering of numbers (`912260031` → `9.12260031E8`), shuffled result files and
 * its faults (lock errors on a share of rows, a job failing half-way). Each row's outcome is
 * checked against what the org did, the created records read back by SOQL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCsvSample } from '../../csv/parse-sample';
import {
  createJob,
  jobInfo,
  startTestOrg,
  uploadAndClose,
  type TestOrg,
} from '../../../emulator/http/ingest-test-org';
import { JobResultJoin, type JobJoinColumns, type ParsedResultRow } from './job-result-join';
import { invariantHolds, summarize } from './reconcile-summary';
import { readResultRows } from './result-row-reader';
import { OUTCOME, SF_ID_BYTES, type RowOutcomes } from './row-outcomes';
import { RowOutcomesBuilder } from './row-outcomes-builder';

const HEADER = ['Name', 'AnnualRevenue', 'NumberOfEmployees'];
const COLUMNS: JobJoinColumns = {
  header: HEADER,
  types: ['string', 'currency', 'int'],
  keyColumn: null,
  keyCaseSensitive: true,
};
const TERMINAL = new Set(['JobComplete', 'Failed', 'Aborted']);
const KINDS = [
  ['successfulResults', 'successful'],
  ['failedResults', 'failed'],
  ['unprocessedrecords', 'unprocessed'],
] as const;

let org: TestOrg;
beforeAll(async () => {
  org = await startTestOrg('fast');
});
afterAll(() => org.close());
beforeEach(async () => {
  await org.control('DELETE', '/faults');
});

/** Runs an Account insert of `rows` with the faults `rulesFor(jobId)` and joins its results. */
async function insertAndJoin(
  rows: string[][],
  rulesFor: (jobId: string) => unknown[],
): Promise<{ outcomes: RowOutcomes; unmatched: number; info: Record<string, unknown> }> {
  const job = await createJob(org, { object: 'Account', operation: 'insert', lineEnding: 'LF' });
  const jobId = job.id as string;
  await org.control('PUT', '/faults', { seed: 7, rules: rulesFor(jobId) });
  const csv = [HEADER, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';
  await uploadAndClose(org, jobId, csv);
  let info = await jobInfo(org, jobId);
  for (let polls = 0; !TERMINAL.has(info.state as string); polls++) {
    if (polls > 200) throw new Error(`job ${jobId} did not finish`);
    info = await jobInfo(org, jobId);
  }
  const builder = new RowOutcomesBuilder(rows.length);
  const join = new JobResultJoin(COLUMNS, builder.registerJob(jobId));
  rows.forEach((cells, row) => join.addSentRow(row, cells));
  for (const [resource, kind] of KINDS) {
    const text = await (await org.ingest(`/${jobId}/${resource}`)).text();
    const { header, rows: data } = parseCsvSample(
      text,
      { delimiter: ',', quoteChar: '"', newline: '\n' },
      { truncated: false, maxRows: 1_000_000 },
    );
    const results: ParsedResultRow[] = readResultRows(kind, [header, ...data], HEADER);
    for (const result of results) join.addResult(result);
  }
  const stats = join.finish(builder);
  return { outcomes: builder.toOutcomes(), unmatched: stats.unmatchedResults, info };
}

function sfIdOf(outcomes: RowOutcomes, row: number): string {
  const bytes = outcomes.sfIds.subarray(row * SF_ID_BYTES, (row + 1) * SF_ID_BYTES);
  return String.fromCharCode(...bytes.filter((b) => b !== 0));
}

async function accountNames(): Promise<Map<string, string>> {
  const soql = encodeURIComponent('SELECT Id, Name FROM Account');
  const response = await fetch(`${org.url}/services/data/v62.0/query?q=${soql}`, {
    headers: { Authorization: `Bearer ${org.token}` },
  });
  const body = (await response.json()) as { records: { Id: string; Name: string }[] };
  return new Map(body.records.map((record) => [record.Id, record.Name]));
}

describe('JobResultJoin against the demo org', () => {
  it('accounts for an insert with re-rendered numbers, identical rows and lock errors', async () => {
    // 120 rows: rows i, i+50 and i+100 are identical; every 17th row misses its Name.
    const rows = Array.from({ length: 120 }, (_, i) => [
      i % 17 === 5 ? '' : `Acme ${i % 50}`,
      String(912260031 * ((i % 25) + 1)),
      String(i % 50),
    ]);
    const { outcomes, unmatched, info } = await insertAndJoin(rows, (jobId) => [
      { kind: 'lock-rows', share: 0.3, jobId },
    ]);
    const summary = summarize(outcomes, { unmatchedResults: unmatched, unreadJobs: [] });
    expect(invariantHolds(summary)).toBe(true);
    expect(summary).toMatchObject({
      rowCount: 120,
      unknown: 0,
      unmatchedResults: 0,
      failed: info.numberRecordsFailed,
      succeeded: (info.numberRecordsProcessed as number) - (info.numberRecordsFailed as number),
    });
    expect(summary.created).toBe(summary.succeeded);
    expect(summary.groups.map((g) => g.code).sort()).toEqual(
      ['REQUIRED_FIELD_MISSING', 'UNABLE_TO_LOCK_ROW'].sort(),
    );
    // Locks strike identical rows differently somewhere: those, and only those, are guesses.
    expect(summary.ambiguous).toBeGreaterThan(0);

    const names = await accountNames();
    rows.forEach(([name], row) => {
      const status = outcomes.status[row];
      if (status === OUTCOME.succeeded) {
        // Created records carry the row's own values (identical rows share them).
        expect(names.get(sfIdOf(outcomes, row))).toBe(name);
      } else if (outcomes.ambiguous[row] === 0) {
        const error = outcomes.errors[outcomes.errorOf[row] as number] ?? '';
        expect(error).toMatch(name === '' ? /^REQUIRED_FIELD_MISSING:/ : /^UNABLE_TO_LOCK_ROW:/);
      }
    });
    const ids = [...Array(120).keys()].map((row) => sfIdOf(outcomes, row)).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => names.has(id))).toBe(true);
  });

  it('marks the rows of a job that failed half-way unprocessed, never failed', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Row ${i}`, `${i}.50`, String(i)]);
    const { outcomes, unmatched, info } = await insertAndJoin(rows, (jobId) => [
      { kind: 'fail-job', afterRows: 30, jobId },
    ]);
    expect(info.state).toBe('Failed');
    const summary = summarize(outcomes, { unmatchedResults: unmatched, unreadJobs: [] });
    expect(invariantHolds(summary)).toBe(true);
    expect(summary).toMatchObject({
      rowCount: 80,
      succeeded: info.numberRecordsProcessed,
      unprocessed: 80 - (info.numberRecordsProcessed as number),
      failed: 0,
      unknown: 0,
      ambiguous: 0,
      unmatchedResults: 0,
    });
    const names = await accountNames();
    rows.forEach(([name], row) => {
      if (outcomes.status[row] === OUTCOME.succeeded) {
        expect(names.get(sfIdOf(outcomes, row))).toBe(name);
      }
    });
  });
});
