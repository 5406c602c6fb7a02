/**
 * Property tests of the join over random loads (issue 6): random columns and types, duplicate
 * rows, random fates (success, failure with random errors, unprocessed, no result at all),
 * values re-rendered the way the demo org (emulator `echoValue`) and real orgs do, unforeseen
 * re-renderings that only the key can rescue, stray results, shuffled results. Every row must
 * be accounted for exactly once; a row not flagged ambiguous must have its own fate; a row with
 * unique values and a faithful echo must get exactly its own result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldType } from '../describe-types';
import { JobResultJoin, type JobJoinColumns, type ParsedResultRow } from './job-result-join';
import { invariantHolds, summarize } from './reconcile-summary';
import { OUTCOME, SF_ID_BYTES } from './row-outcomes';
import { RowOutcomesBuilder } from './row-outcomes-builder';
import { idPair, POOLS } from './test-support/echo-pools';

const VALUE_TYPES = Object.keys(POOLS) as FieldType[];
const KEY_POOL_SIZE = 6;
/** Never in a generated value: marks an echo the join cannot foresee, and stray results. */
const GARBLE = '\u0001';
const ERRORS = [
  'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--',
  'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --',
  'DUPLICATE_VALUE:Duplicate external id specified: a:Ext__c --',
];

type Operation = 'insert' | 'update' | 'upsert';
type Fate = 'ok' | 'failed' | 'unprocessed' | 'none';

const scenario = fc
  .record({
    operation: fc.constantFrom<Operation>('insert', 'update', 'upsert'),
    keyCaseSensitive: fc.boolean(),
    valueTypes: fc.array(fc.constantFrom(...VALUE_TYPES), { minLength: 1, maxLength: 4 }),
    rowCount: fc.integer({ min: 0, max: 40 }),
    strays: fc.integer({ min: 0, max: 2 }),
  })
  .chain((base) => {
    const width = base.valueTypes.length + (base.operation === 'insert' ? 0 : 1);
    const row = fc.record({
      // Values as [semantic index, spelling index, echo index] per column (0 = the key).
      cells: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), {
        minLength: width,
        maxLength: width,
      }),
      fate: fc.constantFrom<Fate>('ok', 'ok', 'ok', 'failed', 'failed', 'unprocessed', 'none'),
      created: fc.boolean(),
      error: fc.constantFrom(...ERRORS),
      garbled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    });
    // Few distinct rows, picked many times: duplicates are the rule, not the exception.
    return fc.record({
      base: fc.constant(base),
      distinct: fc.array(row, { minLength: 1, maxLength: 8 }),
      picks: fc.array(fc.nat(), { minLength: base.rowCount, maxLength: base.rowCount }),
      fates: fc.array(row, { minLength: base.rowCount, maxLength: base.rowCount }),
      order: fc.array(fc.nat(), { minLength: base.rowCount + 2, maxLength: base.rowCount + 2 }),
    });
  });

function keyValue(operation: Operation, n: number, caseVariant: boolean): string {
  if (operation === 'update') {
    const [id15, id18] = idPair(100 + (n % KEY_POOL_SIZE));
    return caseVariant ? id18 : id15;
  }
  const key = n % KEY_POOL_SIZE === 0 ? '' : `ext-${n % KEY_POOL_SIZE}`;
  return caseVariant ? key.toUpperCase() : key;
}

describe('JobResultJoin over random loads', () => {
  it('accounts for every row exactly once, and matches rows that can be told apart', () => {
    fc.assert(
      fc.property(scenario, ({ base, distinct, picks, fates, order }) => {
        const { operation, valueTypes } = base;
        const keyed = operation !== 'insert';
        const types: FieldType[] = [
          ...(keyed ? [operation === 'update' ? 'id' : 'string'] : []),
          ...valueTypes,
        ] as FieldType[];
        const columns: JobJoinColumns = {
          header: types.map((_, c) => `F${c}`),
          types,
          keyColumn: keyed ? 0 : null,
          keyCaseSensitive: operation === 'update' || base.keyCaseSensitive,
        };
        const sentCells: string[][] = [];
        const identity: string[] = [];
        const keyIdentity: string[] = [];
        const results: { result: ParsedResultRow; row: number; faithful: boolean }[] = [];
        for (let row = 0; row < base.rowCount; row++) {
          const shape = distinct[(picks[row] as number) % distinct.length]!;
          const fate = fates[row]!;
          const cells: string[] = [];
          const echoed: string[] = [];
          const semantic: number[] = [];
          shape.cells.forEach(([value, spelling, echo], c) => {
            if (keyed && c === 0) {
              // The key: its text is its identity, up to case where the key ignores case.
              const text = keyValue(operation, value, spelling % 2 === 1);
              cells.push(text);
              echoed.push(
                operation === 'update' && echo % 2 === 1
                  ? idPair(100 + (value % KEY_POOL_SIZE))[1]
                  : text,
              );
              semantic.push(operation === 'update' ? value % KEY_POOL_SIZE : -1);
              return;
            }
            const pool = POOLS[types[c]!]!;
            const item = pool[value % pool.length]!;
            cells.push(item.spellings[spelling % item.spellings.length]!);
            echoed.push(item.echoes[echo % item.echoes.length]!);
            semantic.push(value % pool.length);
          });
          sentCells.push(cells);
          identity.push(
            JSON.stringify([semantic, keyed && operation === 'upsert' ? cells[0] : null]),
          );
          // The key as Salesforce compares it: an Id in either form, an external id maybe folded.
          const key = !keyed
            ? ''
            : operation === 'update'
              ? `id${semantic[0]}`
              : columns.keyCaseSensitive
                ? cells[0]!
                : cells[0]!.toLowerCase();
          keyIdentity.push(key);
          if (fate.fate === 'none') continue;
          const garbled = keyed && fate.garbled;
          if (garbled) echoed[echoed.length - 1] += GARBLE;
          const sfId = idPair(1000 + row)[1];
          results.push({
            row,
            faithful: !garbled,
            result: {
              kind: fate.fate === 'ok' ? 'successful' : fate.fate,
              sfId: fate.fate === 'unprocessed' ? '' : sfId,
              created:
                fate.fate === 'ok' &&
                (operation === 'insert' || (operation === 'upsert' && fate.created)),
              error: fate.fate === 'failed' ? fate.error : '',
              cells: echoed,
            },
          });
        }
        for (let s = 0; s < base.strays; s++) {
          results.push({
            row: -1,
            faithful: false,
            result: {
              kind: 'successful',
              sfId: idPair(9000 + s)[1],
              created: true,
              error: '',
              cells: types.map(() => `${GARBLE}stray`),
            },
          });
        }
        // Shuffle the results (a seeded permutation from `order`).
        const shuffled = results
          .map((entry, i) => ({ entry, rank: (order[i] ?? i) * 1000 + i }))
          .sort((a, b) => a.rank - b.rank)
          .map(({ entry }) => entry);

        const fileRows = base.rowCount + 2; // two rows excluded before upload
        const builder = new RowOutcomesBuilder(fileRows);
        builder.markExcluded(base.rowCount);
        builder.markExcluded(base.rowCount + 1);
        const join = new JobResultJoin(columns, builder.registerJob('750000000000001AAA'));
        // Sent rows and results interleaved, in any order.
        const sentOrder = sentCells.map((_, row) => row).reverse();
        let r = 0;
        for (const row of sentOrder) {
          join.addSentRow(row, sentCells[row]!);
          if (r < shuffled.length) join.addResult(shuffled[r++]!.result);
        }
        while (r < shuffled.length) join.addResult(shuffled[r++]!.result);
        const stats = join.finish(builder);
        const outcomes = builder.toOutcomes();
        const summary = summarize(outcomes, {
          unmatchedResults: stats.unmatchedResults,
          unreadJobs: [],
        });

        // Every row once; matched + unknown = sent; every result used at most once.
        expect(invariantHolds(summary)).toBe(true);
        expect(summary.excluded).toBe(2);
        expect(stats.matchedByValues + stats.matchedByKey + stats.unknown).toBe(base.rowCount);
        expect(stats.unmatchedResults).toBe(
          results.length - stats.matchedByValues - stats.matchedByKey,
        );
        expect(stats.unmatchedResults).toBeGreaterThanOrEqual(base.strays);
        const idOf = (row: number) =>
          String.fromCharCode(
            ...outcomes.sfIds
              .subarray(row * SF_ID_BYTES, (row + 1) * SF_ID_BYTES)
              .filter((b) => b !== 0),
          );
        const ids = sentCells.map((_, row) => idOf(row)).filter((id) => id !== '');
        expect(new Set(ids).size).toBe(ids.length);

        const byRow = new Map(results.filter((e) => e.row >= 0).map((e) => [e.row, e]));
        const statusOf = (result: ParsedResultRow | undefined): number =>
          result === undefined
            ? OUTCOME.unknown
            : result.kind === 'successful'
              ? OUTCOME.succeeded
              : result.kind === 'failed'
                ? OUTCOME.failed
                : OUTCOME.unprocessed;
        for (let row = 0; row < base.rowCount; row++) {
          const own = byRow.get(row);
          const status = outcomes.status[row];
          const error = outcomes.errorOf[row]! >= 0 ? outcomes.errors[outcomes.errorOf[row]!] : '';
          const unique = identity.filter((id) => id === identity[row]).length === 1;
          const keyUnique =
            keyIdentity[row] !== '' &&
            keyIdentity.filter((k) => k === keyIdentity[row]).length === 1;
          if (unique && own !== undefined && (own.faithful || keyUnique)) {
            // Told apart: exactly its own result.
            expect(status).toBe(statusOf(own.result));
            expect(idOf(row)).toBe(own.result.sfId);
            expect(error).toBe(own.result.error);
            expect(outcomes.ambiguous[row]).toBe(0);
          }
          if (unique && own === undefined && !keyed) expect(status).toBe(OUTCOME.unknown);
          if (outcomes.ambiguous[row] === 0 && status === OUTCOME.unknown) {
            // Unknown and not flagged: it had no result, or one echoed past recognition.
            expect(own === undefined || !own.faithful).toBe(true);
          } else if (outcomes.ambiguous[row] === 0) {
            // Not flagged: its own fate (status, created, error), if not necessarily its own Id.
            expect(status).toBe(statusOf(own?.result));
            expect(error).toBe(own?.result.kind === 'failed' ? own.result.error : '');
            expect(outcomes.created[row]).toBe(own?.result.created ? 1 : 0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
