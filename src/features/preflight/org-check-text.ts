/** The org check's words: what the sample showed, and the Salesforce error each problem causes. */
import { formatCount } from '../../lib/format-numbers';
import { rowsText } from './preflight-text';
import type { OrgCheckResult, RowSet } from './org-check-types';

export interface OrgCheckFinding {
  tone: 'error' | 'warning' | 'info';
  text: string;
  /** The Salesforce error these rows would get; null for what is fine. */
  errorCode: string | null;
  rows: RowSet;
}

/** "Of the first 2,000 rows of 10,000 (10 queries, …):", or "Of all 12 rows (…):" when it read them all. */
export function sampleHeadline(result: OrgCheckResult): string {
  const queries = `${formatCount(result.queries)} ${result.queries === 1 ? 'query' : 'queries'}, nothing changed in the org`;
  if (result.sampledRows >= result.totalRows)
    return `Of all ${rowsText(result.sampledRows)} (${queries}):`;
  return `Of the first ${rowsText(result.sampledRows)} of ${formatCount(result.totalRows)} (${queries}; the rest of the file was not checked):`;
}

/** "rows 3, 7 and 12" for a row set's examples; "" when it has none. */
export function exampleRowsText(set: RowSet): string {
  const numbers = set.examples.map((e) => formatCount(e.row));
  if (numbers.length === 0) return '';
  const list =
    numbers.length === 1 ? numbers[0] : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  const more = set.count > set.examples.length ? ', …' : '';
  return `${numbers.length === 1 ? 'row' : 'rows'} ${list}${more}`;
}

/** "1 row has" / "3 rows have": the row count with its verb agreeing. */
const rowsVerb = (n: number, one: string, many: string) => `${rowsText(n)} ${n === 1 ? one : many}`;

export function orgCheckFindings(result: OrgCheckResult): OrgCheckFinding[] {
  const findings: OrgCheckFinding[] = [];
  const add = (
    tone: OrgCheckFinding['tone'],
    rows: RowSet,
    text: string,
    errorCode: string | null = null,
  ) => {
    if (rows.count > 0) findings.push({ tone, rows, text, errorCode });
  };
  const { object } = result;
  const upsert = result.upsert;
  if (upsert) {
    add(
      'info',
      upsert.updates,
      `${rowsVerb(upsert.updates.count, 'matches', 'match')} one existing ${object} by ${upsert.matchingField} and would update it.`,
    );
    add(
      'info',
      upsert.creates,
      `${rowsVerb(upsert.creates.count, 'matches', 'match')} no ${object} and would create a new record.`,
    );
    add(
      'error',
      upsert.several,
      `${rowsVerb(upsert.several.count, 'has', 'have')} an ${upsert.matchingField} value that matches more than one ${object}: Salesforce cannot tell which to update and would fail such rows.`,
      'DUPLICATE_EXTERNAL_ID',
    );
    add(
      'error',
      upsert.notFound,
      `${rowsVerb(upsert.notFound.count, 'has', 'have')} an Id that is not an existing ${object} in this org: Salesforce would fail such rows (an upsert on Id creates only when the Id is blank).`,
      'INVALID_CROSS_REFERENCE_KEY',
    );
    add(
      'warning',
      upsert.blank,
      `${rowsVerb(upsert.blank.count, 'has', 'have')} a blank ${upsert.matchingField} (not looked up).`,
    );
  } else if (result.ids) {
    const ids = result.ids;
    add('info', ids.found, `${rowsVerb(ids.found.count, 'names', 'name')} an existing ${object}.`);
    add(
      'error',
      ids.notFound,
      `${rowsVerb(ids.notFound.count, 'has', 'have')} an Id that is not an existing ${object} in this org (deleted, or from another org): Salesforce would fail such rows.`,
      'INVALID_CROSS_REFERENCE_KEY or ENTITY_IS_DELETED',
    );
    add(
      'error',
      ids.otherObject,
      `${rowsVerb(ids.otherObject.count, 'has', 'have')} an Id of another kind of record, not ${object}: Salesforce would fail such rows.`,
      'INVALID_CROSS_REFERENCE_KEY',
    );
    add(
      'error',
      ids.malformed,
      `${rowsVerb(ids.malformed.count, 'has', 'have')} an Id that is not 15 or 18 letters and digits (not looked up).`,
      'MALFORMED_ID',
    );
    add(
      'error',
      ids.blank,
      `${rowsVerb(ids.blank.count, 'has', 'have')} a blank Id.`,
      'MISSING_ARGUMENT',
    );
  }
  for (const r of result.relationships) {
    const where = `${r.targetObject} by ${r.targetField} (column “${r.column}”)`;
    add('info', r.one, `${rowsVerb(r.one.count, 'finds', 'find')} exactly one ${where}.`);
    add(
      'error',
      r.none,
      `${rowsVerb(r.none.count, 'finds', 'find')} no ${where}: Salesforce would fail such rows.`,
      'INVALID_FIELD (Foreign key external ID not found)',
    );
    add(
      'error',
      r.several,
      `${rowsVerb(r.several.count, 'finds', 'find')} more than one ${where}: Salesforce would fail such rows.`,
      'DUPLICATE_EXTERNAL_ID',
    );
  }
  return findings;
}
