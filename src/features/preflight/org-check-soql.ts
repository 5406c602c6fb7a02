/**
 * The org check's SOQL (issue 5): read-only queries with the sample's keys in `IN (...)` lists of
 * at most 200 values, so each query stays far below the URL and SOQL length limits.
 */
import type { QueryResult, SalesforceClient } from '../../salesforce/rest-client';

/** Values per `IN (...)` list. */
export const KEYS_PER_QUERY = 200;

/** A SOQL string literal: backslash and single quote escaped (SOQL's own escape rules). */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `IN ('a','b')` for one chunk of values; numbers (`IN (1,2)`) for number fields. */
export function soqlInList(values: readonly string[], kind: KeyKind = 'text'): string {
  return `IN (${values.map(kind === 'number' ? String : soqlString).join(',')})`;
}

/** How a field's values are written in SOQL: quoted text, or bare numbers. */
export type KeyKind = 'text' | 'number';

const NUMBER_TYPES: ReadonlySet<string> = new Set(['double', 'int', 'long', 'currency', 'percent']);

export const keyKindOf = (fieldType: string | undefined): KeyKind =>
  fieldType !== undefined && NUMBER_TYPES.has(fieldType) ? 'number' : 'text';

/** A number key must be a plain decimal number, or SOQL refuses the whole query. */
export const isSoqlNumber = (value: string) => /^-?\d+(?:\.\d+)?$/.test(value);

/** Consecutive pieces of at most `size` items; none when there are no items. */
export function chunk<T>(items: readonly T[], size: number = KEYS_PER_QUERY): T[][] {
  if (size < 1) throw new Error(`A chunk holds at least 1 item, not ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/** 15 or 18 letters and digits: anything else makes Salesforce refuse the whole query. */
export function looksLikeSalesforceId(value: string): boolean {
  return /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value);
}

/** The case-sensitive 15-character form, so a 15- and an 18-character Id compare equal. */
export const id15 = (id: string) => id.slice(0, 15);

/** `SELECT Id[, Name] FROM Account WHERE Id IN (...)`. */
export function recordsByIdSoql(
  object: string,
  ids: readonly string[],
  nameField: string | null,
): string {
  const fields = nameField === null ? 'Id' : `Id, ${nameField}`;
  return `SELECT ${fields} FROM ${object} WHERE Id ${soqlInList(ids)}`;
}

/** `SELECT Id, External_Id__c FROM Contact WHERE External_Id__c IN (...)`. */
export function recordsByKeySoql(
  object: string,
  field: string,
  keys: readonly string[],
  kind: KeyKind = 'text',
): string {
  const fields = field.toLowerCase() === 'id' ? 'Id' : `Id, ${field}`;
  return `SELECT ${fields} FROM ${object} WHERE ${field} ${soqlInList(keys, kind)}`;
}

/** `SELECT COUNT() FROM Contact WHERE AccountId IN (...)`: the answer is its `totalSize`. */
export function childCountSoql(childObject: string, field: string, ids: readonly string[]): string {
  return `SELECT COUNT() FROM ${childObject} WHERE ${field} ${soqlInList(ids)}`;
}

/** Every record of a query, following `nextRecordsUrl` (salesforce-api.md §4). */
export async function queryAllRecords<T>(
  client: SalesforceClient,
  soql: string,
): Promise<QueryResult<T>> {
  const first = await client.query<T>(soql);
  const records = [...first.records];
  let page = first;
  while (!page.done && page.nextRecordsUrl !== undefined) {
    page = await client.json<QueryResult<T>>(page.nextRecordsUrl);
    records.push(...page.records);
  }
  return { totalSize: first.totalSize, done: true, records };
}
