/**
 * Joins ONE Salesforce job's result rows back to the source rows we sent in it (issue 6,
 * design.md §4). Bulk API 2.0 returns results in no particular order, re-renders the values it
 * echoes and adds no row number (salesforce-api.md §1.9), so:
 *
 * 1. Every sent row and every result is keyed by a 128-bit hash of its cells made canonical by
 *    field type (canonical-value.ts, cell-hash.ts): 16 bytes a row, no cell text kept. This
 *    serves every operation, inserts included.
 * 2. Where the values find nothing (a re-rendering we did not foresee), rows and results left
 *    over are matched on the key column (Id, or upsert's external id) alone, case-folded when
 *    the key is case-insensitive. Blank keys never match.
 * 3. Within a group of equal hashes (identical rows): when every result of the group is the same
 *    (kind, created, error) and there are as many results as rows, any pairing is equivalent,
 *    so it is NOT ambiguous. Their `sf__Id`s may differ (identical rows inserted twice make two
 *    records): which of two identical rows "is" which record cannot be known and does not
 *    matter, so Ids go to rows in row order by ascending Id, deterministically. When the
 *    results differ, or the counts differ, every row of the group is flagged ambiguous.
 * 4. A sent row with no result is `unknown`; a result that matches no sent row counts in
 *    `unmatchedResults`. No row is ever given two results, no result two rows.
 *
 * Everything is buffered in typed arrays (hashes, row numbers, result kind/created/error index,
 * 18-byte Ids: about 90 bytes a row and result together) and matched in `finish` through an
 * open-addressing table (hash-groups.ts), so calls may come in any order.
 */
import type { FieldType } from '../describe-types';
import { canonicalValue } from './canonical-value';
import { CellHasher, HASH_LANES } from './cell-hash';
import { Growable } from './growable-array';
import { allEntries, groupByHash } from './hash-groups';
import { OUTCOME, SF_ID_BYTES } from './row-outcomes';
import type { RowOutcomesBuilder } from './row-outcomes-builder';
import { InternedTexts } from './interned-texts';

export interface JobJoinColumns {
  /** The Bulk CSV header we uploaded (the prepare pass's `headers`). */
  header: readonly string[];
  /** Field type per header column (null: compare as text). */
  types: readonly (FieldType | null)[];
  /** Header column of the key (Id, or upsert's external id), or null (insert). */
  keyColumn: number | null;
  /** Whether the key compares case-sensitively (describe's caseSensitive; Id: true). */
  keyCaseSensitive: boolean;
}

export type ResultKindName = 'successful' | 'failed' | 'unprocessed';

export interface ParsedResultRow {
  kind: ResultKindName;
  /** '' when none. */
  sfId: string;
  /** sf__Created === 'true' */
  created: boolean;
  /** sf__Error, '' when none. */
  error: string;
  /** Echoed values, already put in OUR header order (see `resultColumnOrder`). */
  cells: readonly string[];
}

export interface JobJoinStats {
  sentRows: number;
  results: number;
  /** Rows given a result by their values. */
  matchedByValues: number;
  /** Rows given a result by their key alone (values echoed differently than expected). */
  matchedByKey: number;
  /** Rows with no result: `unknown`. */
  unknown: number;
  /** Rows whose match is a guess (see the file comment, point 3). */
  ambiguous: number;
  /** Results that matched no sent row. */
  unmatchedResults: number;
}

export { resultColumnOrder, type ResultColumnOrder } from './result-column-order';

const KIND_STATUS = [OUTCOME.succeeded, OUTCOME.failed, OUTCOME.unprocessed] as const;
const KIND_CODE: Record<ResultKindName, number> = { successful: 0, failed: 1, unprocessed: 2 };

export class JobResultJoin {
  private readonly hasher = new CellHasher();
  private readonly sentRow = new Growable(Int32Array);
  private readonly sentValues = new Growable(Uint32Array, HASH_LANES);
  private readonly sentKeys = new Growable(Uint32Array, HASH_LANES);
  private readonly sentHasKey = new Growable(Uint8Array);
  private readonly resultValues = new Growable(Uint32Array, HASH_LANES);
  private readonly resultKeys = new Growable(Uint32Array, HASH_LANES);
  private readonly resultHasKey = new Growable(Uint8Array);
  /** Kind code + 3 × created + 6 × error index: one number that says whether results are alike. */
  private readonly resultSignature = new Growable(Int32Array);
  private readonly resultIds = new Growable(Uint8Array, SF_ID_BYTES);
  private readonly errors = new InternedTexts();

  constructor(
    private readonly columns: JobJoinColumns,
    private readonly jobSlot: number,
  ) {}

  /** Every row we sent in this job, with the exact cells we sent (order of calls irrelevant). */
  addSentRow(row: number, cells: readonly string[]): void {
    this.sentRow.push(row);
    this.hashInto(cells, this.sentValues, this.sentKeys, this.sentHasKey);
  }

  /** Each result row, in any order, any kind, as they stream in. */
  addResult(result: ParsedResultRow): void {
    this.hashInto(result.cells, this.resultValues, this.resultKeys, this.resultHasKey);
    const kind = KIND_CODE[result.kind];
    const error = result.kind === 'failed' ? this.errors.intern(result.error) : 0;
    this.resultSignature.push(kind + 3 * (result.created ? 1 : 0) + 6 * error);
    const at = this.resultIds.next();
    const id = result.sfId;
    for (let i = 0; i < SF_ID_BYTES && i < id.length; i++) {
      this.resultIds.data[at + i] = id.charCodeAt(i) & 0x7f;
    }
  }

  /** Writes one outcome per sent row into `into` (unknown where no result) and returns stats. */
  finish(into: RowOutcomesBuilder): JobJoinStats {
    const sentCount = this.sentRow.length;
    const resultCount = this.resultSignature.length;
    const resultOf = new Int32Array(sentCount).fill(-1);
    const ambiguous = new Uint8Array(sentCount);
    const leftSent: number[] = [];
    const leftResults: number[] = [];
    const pair = (
      rows: number[],
      results: number[],
      spareRows: number[],
      spare: number[],
    ): number => this.pairGroup(rows, results, resultOf, ambiguous, spareRows, spare);

    let matchedByValues = 0;
    groupByHash(
      allEntries(sentCount),
      this.sentValues.data,
      allEntries(resultCount),
      this.resultValues.data,
      (rows, results) => {
        matchedByValues += pair(rows, results, leftSent, leftResults);
      },
    );

    let matchedByKey = 0;
    let unmatchedResults = leftResults.length;
    if (this.columns.keyColumn !== null && leftSent.length > 0 && leftResults.length > 0) {
      const sentWithKey = Uint32Array.from(leftSent.filter((s) => this.sentHasKey.data[s] === 1));
      const resultsWithKey = Uint32Array.from(
        leftResults.filter((r) => this.resultHasKey.data[r] === 1),
      );
      const keys = this.sentKeys.data;
      const resultKeys = this.resultKeys.data;
      const stillUnmatched: number[] = [];
      groupByHash(sentWithKey, keys, resultsWithKey, resultKeys, (rows, results) => {
        matchedByKey += pair(rows, results, [], stillUnmatched);
      });
      unmatchedResults = leftResults.length - matchedByKey;
    }

    let unknown = 0;
    let ambiguousRows = 0;
    for (let s = 0; s < sentCount; s++) {
      const row = this.sentRow.data[s] as number;
      const isAmbiguous = ambiguous[s] === 1;
      if (isAmbiguous) ambiguousRows++;
      const r = resultOf[s] as number;
      if (r < 0) {
        unknown++;
        into.markUnknown(row, this.jobSlot, isAmbiguous);
        continue;
      }
      const signature = this.resultSignature.data[r] as number;
      const kind = signature % 3;
      into.setResult(row, this.jobSlot, {
        status: KIND_STATUS[kind] as (typeof KIND_STATUS)[number],
        created: Math.floor(signature / 3) % 2 === 1,
        error: kind === 1 ? (this.errors.texts[Math.floor(signature / 6)] ?? '') : '',
        sfId: this.resultIds.data.subarray(r * SF_ID_BYTES, (r + 1) * SF_ID_BYTES),
        ambiguous: isAmbiguous,
      });
    }
    return {
      sentRows: sentCount,
      results: resultCount,
      matchedByValues,
      matchedByKey,
      unknown,
      ambiguous: ambiguousRows,
      unmatchedResults,
    };
  }

  /**
   * Pairs a group of sent rows with a group of results that share a hash; rows and results left
   * over go to `spareRows` / `spareResults`. Returns how many rows got a result.
   */
  private pairGroup(
    rows: number[],
    results: number[],
    resultOf: Int32Array,
    ambiguous: Uint8Array,
    spareRows: number[],
    spareResults: number[],
  ): number {
    if (results.length === 0) {
      for (const s of rows) spareRows.push(s);
      return 0;
    }
    if (rows.length === 0) {
      for (const r of results) spareResults.push(r);
      return 0;
    }
    if (rows.length === 1 && results.length === 1) {
      resultOf[rows[0] as number] = results[0] as number;
      return 1;
    }
    const signatures = this.resultSignature.data;
    const first = signatures[results[0] as number];
    const alike = results.every((r) => signatures[r] === first);
    const rowOf = this.sentRow.data;
    rows.sort((a, b) => (rowOf[a] as number) - (rowOf[b] as number));
    results.sort(alike ? (a, b) => this.compareIds(a, b) : (a, b) => a - b);
    const guessed = !alike || rows.length !== results.length;
    const paired = Math.min(rows.length, results.length);
    for (let i = 0; i < rows.length; i++) {
      const s = rows[i] as number;
      if (guessed) ambiguous[s] = 1;
      if (i < paired) resultOf[s] = results[i] as number;
      else spareRows.push(s);
    }
    for (let i = paired; i < results.length; i++) spareResults.push(results[i] as number);
    return paired;
  }

  private hashInto(
    cells: readonly string[],
    values: Growable<Uint32Array>,
    keys: Growable<Uint32Array>,
    hasKey: Growable<Uint8Array>,
  ): void {
    const { types, keyColumn, keyCaseSensitive } = this.columns;
    const hasher = this.hasher;
    const width = this.columns.header.length;
    for (let c = 0; c < width; c++) hasher.add(canonicalValue(cells[c] ?? '', types[c] ?? null));
    const valuesAt = values.next(); // may grow (replace) values.data: take the offset first
    hasher.finish(values.data, valuesAt);
    // Inserts have no key: nothing stored for it (16 bytes a row saved).
    if (keyColumn === null) return;
    let key = canonicalValue(cells[keyColumn] ?? '', types[keyColumn] ?? null);
    if (!keyCaseSensitive) key = key.toLowerCase();
    hasKey.push(key === '' ? 0 : 1);
    hasher.add(key);
    const keyAt = keys.next();
    hasher.finish(keys.data, keyAt);
  }

  private compareIds(a: number, b: number): number {
    const ids = this.resultIds.data;
    for (let i = 0; i < SF_ID_BYTES; i++) {
      const d = (ids[a * SF_ID_BYTES + i] as number) - (ids[b * SF_ID_BYTES + i] as number);
      if (d !== 0) return d;
    }
    return a - b;
  }
}
