import { describe, expect, it } from 'vitest';
import {
  JobResultJoin,
  resultColumnOrder,
  type JobJoinColumns,
  type ParsedResultRow,
} from './job-result-join';
import { OUTCOME, SF_ID_BYTES, type RowOutcomes } from './row-outcomes';
import { RowOutcomesBuilder } from './row-outcomes-builder';

const INSERT: JobJoinColumns = {
  header: ['Name', 'AnnualRevenue', 'NumberOfEmployees'],
  types: ['string', 'currency', 'int'],
  keyColumn: null,
  keyCaseSensitive: true,
};

function ok(sfId: string, cells: string[], created = true): ParsedResultRow {
  return { kind: 'successful', sfId, created, error: '', cells };
}
function failed(error: string, cells: string[], sfId = ''): ParsedResultRow {
  return { kind: 'failed', sfId, created: false, error, cells };
}

function sfIdOf(outcomes: RowOutcomes, row: number): string {
  const bytes = outcomes.sfIds.subarray(row * SF_ID_BYTES, (row + 1) * SF_ID_BYTES);
  return String.fromCharCode(...bytes.filter((b) => b !== 0));
}

function run(
  columns: JobJoinColumns,
  sent: string[][],
  results: ParsedResultRow[],
): { outcomes: RowOutcomes; stats: ReturnType<JobResultJoin['finish']> } {
  const builder = new RowOutcomesBuilder(sent.length);
  const join = new JobResultJoin(columns, builder.registerJob('750000000000001AAA'));
  for (const result of results) join.addResult(result);
  sent.forEach((cells, row) => join.addSentRow(row, cells));
  const stats = join.finish(builder);
  return { outcomes: builder.toOutcomes(), stats };
}

describe('JobResultJoin', () => {
  it('gives each inserted row its own result, whatever the order and re-rendering', () => {
    const sent = [
      ['Acme', '912260031', '2676'],
      ['Globex', '1500', '10'],
      ['Initech', '', '3'],
    ];
    const { outcomes, stats } = run(INSERT, sent, [
      failed('REQUIRED_FIELD_MISSING:Required fields are missing: [Site]:Site --', [
        'Initech',
        '',
        '3',
      ]),
      ok('001000000000002AAA', ['Globex', '1500.0', '10']),
      ok('001000000000001AAA', ['Acme', '9.12260031E8', '2676']),
    ]);
    expect([...outcomes.status]).toEqual([OUTCOME.succeeded, OUTCOME.succeeded, OUTCOME.failed]);
    expect(sfIdOf(outcomes, 0)).toBe('001000000000001AAA');
    expect(sfIdOf(outcomes, 1)).toBe('001000000000002AAA');
    expect(outcomes.errors[outcomes.errorOf[2] as number]).toMatch(/^REQUIRED_FIELD_MISSING/);
    expect([...outcomes.created]).toEqual([1, 1, 0]);
    expect([...outcomes.jobOf]).toEqual([0, 0, 0]);
    expect(stats).toMatchObject({
      matchedByValues: 3,
      unknown: 0,
      ambiguous: 0,
      unmatchedResults: 0,
    });
  });

  it('pairs identical rows with identical results without calling it ambiguous, Ids in order', () => {
    const row = ['Same', '1', '1'];
    const { outcomes, stats } = run(
      INSERT,
      [row, row, ['Other', '2', '2']],
      [
        ok('001000000000009AAA', row),
        ok('001000000000003AAA', row),
        ok('001000000000005AAA', ['Other', '2.0', '2']),
      ],
    );
    expect([...outcomes.ambiguous]).toEqual([0, 0, 0]);
    expect(sfIdOf(outcomes, 0)).toBe('001000000000003AAA');
    expect(sfIdOf(outcomes, 1)).toBe('001000000000009AAA');
    expect(stats.ambiguous).toBe(0);
  });

  it('flags identical rows whose results differ as ambiguous, counting each once', () => {
    const row = ['Same', '1', '1'];
    const { outcomes, stats } = run(
      INSERT,
      [row, row],
      [
        failed('UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--', row),
        ok('001000000000003AAA', row),
      ],
    );
    expect([...outcomes.ambiguous]).toEqual([1, 1]);
    expect([...outcomes.status].sort()).toEqual([OUTCOME.succeeded, OUTCOME.failed].sort());
    expect(stats).toMatchObject({ matchedByValues: 2, ambiguous: 2 });
  });

  it('leaves a row with no result unknown and counts a stray result as unmatched', () => {
    const { outcomes, stats } = run(
      INSERT,
      [
        ['A', '1', '1'],
        ['B', '2', '2'],
      ],
      [ok('001000000000001AAA', ['A', '1.0', '1']), ok('001000000000002AAA', ['Z', '9', '9'])],
    );
    expect([...outcomes.status]).toEqual([OUTCOME.succeeded, OUTCOME.unknown]);
    expect(outcomes.jobOf[1]).toBe(0);
    expect(stats).toMatchObject({ matchedByValues: 1, unknown: 1, unmatchedResults: 1 });
  });

  it('marks the spare copy of a duplicated row unknown and both ambiguous when a result is missing', () => {
    const row = ['Same', '1', '1'];
    const { outcomes, stats } = run(INSERT, [row, row], [ok('001000000000003AAA', row)]);
    expect([...outcomes.status].sort()).toEqual([OUTCOME.unknown, OUTCOME.succeeded].sort());
    expect([...outcomes.ambiguous]).toEqual([1, 1]);
    expect(stats).toMatchObject({ unknown: 1, ambiguous: 2 });
  });

  it('falls back to the key when the echoed values differ from any we sent', () => {
    const update: JobJoinColumns = {
      header: ['Id', 'Description'],
      types: ['id', 'textarea'],
      keyColumn: 0,
      keyCaseSensitive: true,
    };
    const { outcomes, stats } = run(
      update,
      [
        ['001000000000001AAA', 'Caf\u00e9'],
        ['001000000000002AAA', 'x'],
      ],
      [
        // The org hands the text back in another Unicode normal form: only the key can tell.
        ok('001000000000001AAA', ['001000000000001', 'Cafe\u0301'], false),
        failed(
          'ENTITY_IS_DELETED:entity is deleted:--',
          ['001000000000002AAA', 'x'],
          '001000000000002AAA',
        ),
      ],
    );
    expect([...outcomes.status]).toEqual([OUTCOME.succeeded, OUTCOME.failed]);
    expect([...outcomes.created]).toEqual([0, 0]);
    expect(stats).toMatchObject({ matchedByValues: 1, matchedByKey: 1, unmatchedResults: 0 });
  });

  it('folds the case of a case-insensitive external id for the fallback, never matching blanks', () => {
    const upsert: JobJoinColumns = {
      header: ['Ext__c', 'Name'],
      types: ['string', 'string'],
      keyColumn: 0,
      keyCaseSensitive: false,
    };
    const { outcomes, stats } = run(
      upsert,
      [
        ['ABC-1', 'Zo\u00eb'],
        ['', 'Zo\u00eb 2'],
      ],
      [
        ok('001000000000001AAA', ['abc-1', 'Zoe\u0308']),
        ok('001000000000002AAA', ['', 'Zoe\u0308 2']),
      ],
    );
    expect([...outcomes.status]).toEqual([OUTCOME.succeeded, OUTCOME.unknown]);
    expect(stats).toMatchObject({ matchedByKey: 1, unknown: 1, unmatchedResults: 1 });
  });

  it('reports unprocessed rows as unprocessed, never as failures', () => {
    const { outcomes } = run(
      INSERT,
      [['A', '1', '1']],
      [{ kind: 'unprocessed', sfId: '', created: false, error: '', cells: ['A', '1', '1'] }],
    );
    expect(outcomes.status[0]).toBe(OUTCOME.unprocessed);
    expect(outcomes.errorOf[0]).toBe(-1);
  });
});

describe('JobResultJoin at volume', () => {
  it('keeps every row and result through the buffers growing many times', () => {
    const count = 20_000;
    const upsert: JobJoinColumns = {
      header: ['Ext__c', 'Amount'],
      types: ['string', 'double'],
      keyColumn: 0,
      keyCaseSensitive: true,
    };
    const builder = new RowOutcomesBuilder(count);
    const join = new JobResultJoin(upsert, builder.registerJob('750000000000001AAA'));
    const idFor = (row: number) => `001${String(row).padStart(15, '0')}`;
    // Results first, in a scrambled order (7919 is prime to 20,000), then the sent rows.
    for (let i = 0; i < count; i++) {
      const row = (i * 7919) % count;
      join.addResult(ok(idFor(row), [`K${row}`, String(row * 1000.5)], row % 2 === 0));
    }
    for (let row = 0; row < count; row++) join.addSentRow(row, [`K${row}`, `${row * 1000.5}`]);
    const stats = join.finish(builder);
    const outcomes = builder.toOutcomes();
    expect(stats).toMatchObject({ matchedByValues: count, unknown: 0, unmatchedResults: 0 });
    for (let row = 0; row < count; row += 997) {
      expect(sfIdOf(outcomes, row)).toBe(idFor(row));
      expect(outcomes.created[row]).toBe(row % 2 === 0 ? 1 : 0);
    }
    expect(outcomes.status.every((s) => s === OUTCOME.succeeded)).toBe(true);
  });
});

describe('resultColumnOrder', () => {
  it('finds the sf__ columns and our columns, exactly or case-insensitively', () => {
    const order = resultColumnOrder(
      ['sf__Id', 'sf__Error', 'NAME', 'annualrevenue', 'NumberOfEmployees'],
      ['AnnualRevenue', 'Name', 'NumberOfEmployees'],
    );
    expect(order).toMatchObject({ sfId: 0, sfCreated: -1, sfError: 1 });
    expect([...order.cells]).toEqual([3, 2, 4]);
  });

  it('says which uploaded column the results lack', () => {
    expect(() => resultColumnOrder(['sf__Id', 'sf__Created', 'Name'], ['Name', 'Phone'])).toThrow(
      /"Phone"/,
    );
  });
});
