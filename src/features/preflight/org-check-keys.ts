/** Matching keys against the org: how many records each key of the sample finds (0, 1, several). */
import type { ColumnPlan } from '../../load/column-mapping';
import { columnValues } from './org-sample-keys';
import { addRow, countMatches, distinctBy, emptyRowSet } from './org-check-rows';
import {
  chunk,
  id15,
  isSoqlNumber,
  keyKindOf,
  looksLikeSalesforceId,
  recordsByKeySoql,
} from './org-check-soql';
import type { RelationshipCheck } from './org-check-types';

export type SoqlRecord = Record<string, unknown>;
/** Runs queries one after another and returns all their records. */
export type Select = (soqls: readonly string[]) => Promise<SoqlRecord[]>;

const isIdField = (name: string) => name.toLowerCase() === 'id';

/** Keys matched against `field` on `object`: how many records each finds (0, 1, several). */
export async function matchKeys(
  object: string,
  field: string,
  fieldType: string | undefined,
  caseSensitive: boolean,
  values: readonly string[],
  select: Select,
): Promise<(number | null)[]> {
  const kind = isIdField(field) ? 'text' : keyKindOf(fieldType);
  const normalize = isIdField(field)
    ? id15
    : kind === 'number'
      ? (v: string) => String(Number(v))
      : caseSensitive
        ? (v: string) => v
        : (v: string) => v.toLowerCase();
  const usable = (v: string) =>
    isIdField(field) ? looksLikeSalesforceId(v) : kind === 'number' ? isSoqlNumber(v) : true;
  const keys = values.map((v) => v.trim());
  const toQuery = distinctBy(
    keys.filter((k) => k !== '' && usable(k)),
    normalize,
  );
  const records = await select(
    chunk(toQuery).map((part) => recordsByKeySoql(object, field, part, kind)),
  );
  const counts = countMatches(records, field, normalize);
  return keys.map((k) => (k === '' ? null : usable(k) ? (counts.get(normalize(k)) ?? 0) : 0));
}

export async function checkRelationship(
  column: ColumnPlan,
  rows: readonly (readonly string[])[],
  select: Select,
): Promise<RelationshipCheck> {
  if (column.mapping.kind !== 'relationship') throw new Error('Not a relationship column');
  const { targetObject, targetField } = column.mapping;
  const values = columnValues(rows, column.column);
  // The parent's describe is not at hand: text keys compare case-insensitively, like SOQL.
  const counts = await matchKeys(targetObject, targetField, undefined, false, values, select);
  const check: RelationshipCheck = {
    column: column.header,
    targetObject,
    targetField,
    one: emptyRowSet(),
    none: emptyRowSet(),
    several: emptyRowSet(),
    blank: emptyRowSet(),
  };
  counts.forEach((count, index) => {
    const set =
      count === null
        ? check.blank
        : count === 0
          ? check.none
          : count === 1
            ? check.one
            : check.several;
    addRow(set, index, values[index] ?? '');
  });
  return check;
}
