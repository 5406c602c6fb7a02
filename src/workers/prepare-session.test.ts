import { describe, expect, it } from 'vitest';
import { ROW_EXCLUDED, ROW_NOT_PLANNED } from '../load/job-plan/row-job-index';
import { PreflightAggregator, problemGroupKey } from '../load/preflight/preflight-aggregator';
import { PreflightChecker } from '../load/preflight/preflight-checker';
import type {
  CheckedEvent,
  PrepareOptions,
  PreparedEvent,
  PrepareRequest,
  PrepareWorkerEvent,
} from './prepare-protocol';
import { PREPARE_PROGRESS_INTERVAL_MS } from './prepare-protocol';
import { createPrepareSession } from './prepare-session';
import { fromCloneableSetup } from './prepare-setup';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  COLUMN,
  contactSetup,
  csvFile,
  fileFields,
  goodRow,
} from './test-support/prepare-fixture';

function recordingSession(now: () => number = () => 0) {
  const events: PrepareWorkerEvent[] = [];
  const transfers: Transferable[][] = [];
  const waiting = new Map<number, (event: PrepareWorkerEvent) => void>();
  const session = createPrepareSession((event, transfer = []) => {
    events.push(event);
    transfers.push(transfer);
    if (event.type !== 'progress') waiting.get(event.requestId)?.(event);
  }, now);
  const end = (requestId: number) =>
    new Promise<PrepareWorkerEvent>((resolve) => waiting.set(requestId, resolve));
  return { session, events, transfers, end };
}

async function bodyText(blob: Blob): Promise<string> {
  return blob.text();
}

const rows = [
  goodRow(1),
  ['', 'nobody@example.com', 'Web', '1990-01-01', ACCOUNT_A], // LastName blank: error
  goodRow(3, ACCOUNT_B),
  ['Bad Date', 'bad@example.com', 'Web', 'someday', ACCOUNT_A], // unwritable date
  ['Odd Source', 'odd@example.com', 'Website', '1990-01-01', ACCOUNT_B], // unknown picklist: warning
  goodRow(6),
];

/** The check screen's default options, which every check prepares along. */
const DEFAULT_ALONG: PrepareOptions = {
  choice: { kind: 'exclude-error-rows' },
  trialRows: 0,
  sortByParent: false,
};

function prepareRequest(requestId: number, extra: Partial<PrepareRequest> = {}): PrepareRequest {
  return {
    type: 'prepare',
    requestId,
    ...fileFields(csvFile(rows), contactSetup()),
    choice: { kind: 'exclude-error-rows' },
    trialRows: 0,
    sortByParent: false,
    ...extra,
  };
}

describe('the prepare session', () => {
  it('checks every row and groups the problems', async () => {
    const { session, end } = recordingSession();
    const done = end(1);
    session.handle({
      type: 'check',
      requestId: 1,
      ...fileFields(csvFile(rows), contactSetup()),
      prepareAlong: DEFAULT_ALONG,
    });
    const event = (await done) as CheckedEvent;
    expect(event.type).toBe('checked');
    expect(event.rowCount).toBe(6);
    const groups = Object.fromEntries(event.summary.groups.map((g) => [g.key, g.rows]));
    expect(groups).toEqual({
      [problemGroupKey('required-missing', COLUMN.lastName)]: 1,
      [problemGroupKey('invalid-value', COLUMN.birthdate)]: 1,
      [problemGroupKey('unknown-picklist-value', COLUMN.leadSource)]: 1,
    });
  });

  it('prepares the kept rows and marks the excluded ones, transferring the row index', async () => {
    const { session, end, transfers, events } = recordingSession();
    const done = end(2);
    session.handle(prepareRequest(2));
    const event = (await done) as PreparedEvent;
    expect(event.type).toBe('prepared');
    expect(Array.from(event.rowJobs)).toEqual([0, ROW_EXCLUDED, 0, ROW_EXCLUDED, 0, 0]);
    expect(event).toMatchObject({ excludedRows: 2, unwritableRows: 1, rowCount: 6 });
    expect(event.headers).toEqual(['LastName', 'Email', 'LeadSource', 'Birthdate', 'AccountId']);
    expect(await bodyText(event.jobs[0]?.body ?? new Blob())).toBe(
      'LastName,Email,LeadSource,Birthdate,AccountId\n' +
        `Contact 1,contact1@example.com,Web,1990-01-15,${ACCOUNT_A}\n` +
        `Contact 3,contact3@example.com,Web,1990-01-15,${ACCOUNT_B}\n` +
        `Odd Source,odd@example.com,Website,1990-01-01,${ACCOUNT_B}\n` +
        `Contact 6,contact6@example.com,Web,1990-01-15,${ACCOUNT_A}\n`,
    );
    expect(transfers.at(-1)).toEqual([event.rowJobs.buffer]);
    expect(events.filter((e) => e.type === 'progress').at(-1)).toMatchObject({
      rowsDone: 6,
      totalBytes: csvFile(rows).size,
    });
  });

  it('excludes an unwritable row even when the user goes on anyway', async () => {
    const { session, end } = recordingSession();
    const done = end(3);
    session.handle(prepareRequest(3, { choice: { kind: 'go-on-anyway' } }));
    const event = (await done) as PreparedEvent;
    expect(Array.from(event.rowJobs)).toEqual([0, 0, 0, ROW_EXCLUDED, 0, 0]);
    expect(event).toMatchObject({ excludedRows: 1, unwritableRows: 1 });
  });

  it('sorts rows by their parent Account when asked', async () => {
    const { session, end } = recordingSession();
    const done = end(4);
    session.handle(prepareRequest(4, { sortByParent: true, choice: { kind: 'go-on-anyway' } }));
    const event = (await done) as PreparedEvent;
    const lines = (await bodyText(event.jobs[0]?.body ?? new Blob())).trim().split('\n').slice(1);
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'Contact 1',
      '',
      'Contact 6',
      'Contact 3',
      'Odd Source',
    ]);
  });

  it('fails with the row number when a row cannot fit in a job', async () => {
    const { session, end } = recordingSession();
    const done = end(5);
    session.handle(prepareRequest(5, { limits: { maxBytes: 100 } }));
    const event = await done;
    expect(event.type).toBe('failed');
    expect(event.type === 'failed' && event.message).toMatch(/^Row \d+ is \d+ bytes/);
  });

  it('a newer request aborts the running one, whose answer never comes', async () => {
    let clock = 0;
    const { session, end, events } = recordingSession(
      () => (clock += PREPARE_PROGRESS_INTERVAL_MS),
    );
    const many = Array.from({ length: 20_000 }, (_, i) => goodRow(i));
    session.handle({ ...prepareRequest(6), ...fileFields(csvFile(many), contactSetup()) });
    const done = end(7);
    session.handle({
      type: 'check',
      requestId: 7,
      ...fileFields(csvFile(rows), contactSetup()),
      prepareAlong: DEFAULT_ALONG,
    });
    expect((await done).type).toBe('checked');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.filter((e) => e.requestId === 6 && e.type !== 'progress')).toEqual([]);
  });

  it('a retry prepares only its rows, the others not planned and not counted as excluded', async () => {
    const { session, end } = recordingSession();
    const done = end(8);
    session.handle(prepareRequest(8, { onlyRows: Uint8Array.from([0, 1, 1, 0, 0, 0]) }));
    const event = (await done) as PreparedEvent;
    expect(Array.from(event.rowJobs)).toEqual([
      ROW_NOT_PLANNED,
      ROW_EXCLUDED,
      0,
      ROW_NOT_PLANNED,
      ROW_NOT_PLANNED,
      ROW_NOT_PLANNED,
    ]);
    expect(event).toMatchObject({ excludedRows: 1, unwritableRows: 0, rowCount: 6 });
    expect(await bodyText(event.jobs[0]?.body ?? new Blob())).toBe(
      'LastName,Email,LeadSource,Birthdate,AccountId\n' +
        `Contact 3,contact3@example.com,Web,1990-01-15,${ACCOUNT_B}\n`,
    );
  });

  it('applies the edits to the cells as read, before the value map and every check', async () => {
    const { session, end } = recordingSession();
    const done = end(9);
    session.handle(
      prepareRequest(9, {
        ...fileFields(
          csvFile(rows),
          contactSetup([{ column: COLUMN.lastName, from: 'Fixed', to: 'Mapped Name' }]),
        ),
        onlyRows: Uint8Array.from([0, 1, 0, 1, 0, 0]),
        rowEdits: [
          { row: 1, column: COLUMN.lastName, value: 'Fixed' },
          { row: 3, column: COLUMN.birthdate, value: '1991-02-03' },
          { row: 0, column: COLUMN.lastName, value: 'Not in this retry' },
        ],
      }),
    );
    const event = (await done) as PreparedEvent;
    expect(Array.from(event.rowJobs)).toEqual([
      ROW_NOT_PLANNED,
      0,
      ROW_NOT_PLANNED,
      0,
      ROW_NOT_PLANNED,
      ROW_NOT_PLANNED,
    ]);
    expect(event.excludedRows).toBe(0);
    expect(await bodyText(event.jobs[0]?.body ?? new Blob())).toBe(
      'LastName,Email,LeadSource,Birthdate,AccountId\n' +
        `Mapped Name,nobody@example.com,Web,1990-01-01,${ACCOUNT_A}\n` +
        `Bad Date,bad@example.com,Web,1991-02-03,${ACCOUNT_A}\n`,
    );
  });

  it('checks with the edits too', async () => {
    const { session, end } = recordingSession();
    const done = end(10);
    session.handle({
      type: 'check',
      requestId: 10,
      ...fileFields(csvFile(rows), contactSetup()),
      prepareAlong: DEFAULT_ALONG,
      rowEdits: [{ row: 3, column: COLUMN.birthdate, value: '1991-02-03' }],
    });
    const event = (await done) as CheckedEvent;
    const keys = event.summary.groups.map((g) => g.key);
    expect(keys).not.toContain(problemGroupKey('invalid-value', COLUMN.birthdate));
    expect(keys).toContain(problemGroupKey('required-missing', COLUMN.lastName));
  });

  it('a check answers the problems of every row and the jobs a prepare answers', async () => {
    // The report a plain checker run over every row gives, whatever the options.
    const setup = contactSetup();
    const checker = new PreflightChecker(fromCloneableSetup(setup));
    const expected = new PreflightAggregator();
    expected.addLoadProblems(checker.loadProblems);
    rows.forEach((row, i) => expected.add(i, checker.check(row, i)));
    const optionSets: PrepareOptions[] = [
      { choice: { kind: 'exclude-error-rows' }, trialRows: 0, sortByParent: false },
      { choice: { kind: 'go-on-anyway' }, trialRows: 2, sortByParent: false },
      {
        choice: {
          kind: 'exclude-groups',
          groups: [problemGroupKey('unknown-picklist-value', COLUMN.leadSource)],
        },
        trialRows: 0,
        sortByParent: true,
        limits: { maxRows: 2 },
      },
    ];
    let requestId = 100;
    for (const options of optionSets) {
      const { session, end, events, transfers } = recordingSession();
      const file = fileFields(csvFile(rows), setup);
      const alongId = requestId++;
      const along = end(alongId);
      session.handle({ type: 'check', requestId: alongId, ...file, prepareAlong: options });
      const fused = (await along) as CheckedEvent;
      const prepareId = requestId++;
      const prepared = end(prepareId);
      session.handle({ type: 'prepare', requestId: prepareId, ...file, ...options });
      const plan = (await prepared) as PreparedEvent;

      expect(fused.summary).toEqual(expected.summary());
      expect(fused.rowCount).toBe(rows.length);
      const withPlan = fused.prepared;
      expect(transfers[events.indexOf(fused)]).toEqual([withPlan.rowJobs.buffer]);
      expect(Array.from(withPlan.rowJobs)).toEqual(Array.from(plan.rowJobs));
      expect(withPlan.headers).toEqual(plan.headers);
      const { excludedRows, unwritableRows, rowCount } = plan;
      expect(withPlan).toMatchObject({ excludedRows, unwritableRows, rowCount });
      expect(withPlan.jobs.length).toBe(plan.jobs.length);
      for (const [i, job] of plan.jobs.entries()) {
        const twin = withPlan.jobs[i];
        expect(twin).toMatchObject({ planIndex: job.planIndex, trial: job.trial, rows: job.rows });
        expect(await bodyText(twin?.body ?? new Blob())).toBe(await bodyText(job.body));
      }
    }
  });

  it('hands back the file as the drop pass reads it when asked to keep the reading', async () => {
    const file = fileFields(csvFile(rows), contactSetup());
    const text = await file.file.text();
    const lineStarts = [...text.matchAll(/\n(?=.)/g)].map((m) => (m.index ?? 0) + 1);
    const prepareAlong = DEFAULT_ALONG;
    {
      const { session, end, events, transfers } = recordingSession();
      const done = end(20);
      session.handle({ type: 'check', requestId: 20, ...file, keepReading: true, prepareAlong });
      const event = (await done) as CheckedEvent;
      const reading = event.reading;
      if (!reading) throw new Error('no reading came with the check');
      expect(reading).toMatchObject({ status: 'complete', rows: 6, malformedCount: 0 });
      expect(Array.from(reading.rowOffsets)).toEqual(lineStarts);
      expect(transfers[events.indexOf(event)]).toContain(reading.rowOffsets.buffer);
    }
    const { session, end } = recordingSession();
    const done = end(22);
    session.handle({ type: 'check', requestId: 22, ...file, prepareAlong });
    expect(((await done) as CheckedEvent).reading).toBeUndefined();
  });
});
