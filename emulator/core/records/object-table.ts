/**
 * One object's records and everything the store precomputes from its describe: field-name
 * canonicalisation, defaults, indexes, auto-numbers and the derived person `Name`.
 */
import type { FieldValue, StoredRecord } from '../contracts';
import type { DescribeField, SObjectSchema } from '../schema/types';
import { createFieldIndex } from './field-index';
import type { FieldIndex } from './field-index';
import { RecordMap } from './record-map';

interface AutoNumber {
  field: string;
  prefix: string;
  suffix: string;
  width: number;
  next: number;
}

export interface ObjectTable {
  readonly object: SObjectSchema;
  readonly records: RecordMap;
  readonly deleted: Set<string>;
  /**
   * The fields that get an index (every externalId, idLookup and unique field but Id), with
   * whether it is case-sensitive. An index is built on its first query and maintained after:
   * an index nobody asks for (Contact.Email during a Bulk insert) costs nothing per record.
   */
  readonly indexable: ReadonlyMap<string, boolean>;
  /** The indexes built so far, by canonical field name. */
  readonly indexes: Map<string, FieldIndex>;
  /** The same indexes as a list, for the per-record loops. */
  readonly indexList: { readonly field: string; readonly index: FieldIndex }[];
  /** Describe defaults (`defaultValue`, booleans' false) as `[field, value]`. */
  readonly defaults: ReadonlyArray<readonly [string, FieldValue]>;
  readonly autoNumbers: AutoNumber[];
  /** The object has CreatedDate…SystemModstamp, OwnerId, or a read-only person Name. */
  readonly hasAudit: boolean;
  readonly hasOwner: boolean;
  readonly derivesPersonName: boolean;
  /** The canonical name of a field (`lastname` → `LastName`); throws on an unknown field. */
  canonical(fieldName: string): string;
}

const AUTO_NUMBER_PATTERN = /^(.*)\{(0+)\}(.*)$/;

function isStorableDefault(value: unknown): value is FieldValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function autoNumbers(object: SObjectSchema): AutoNumber[] {
  return Object.entries(object.autoNumberFormats ?? {}).map(
    ([field, { format, startingNumber }]) => {
      const match = AUTO_NUMBER_PATTERN.exec(format);
      if (match === null)
        throw new Error(`Bad auto-number format on ${object.name}.${field}: ${format}`);
      const [, prefix = '', zeros = '0', suffix = ''] = match;
      return { field, prefix, suffix, width: zeros.length, next: startingNumber };
    },
  );
}

/** The field's index, built from the live records on first use; undefined when it has none. */
export function indexOf(table: ObjectTable, field: string): FieldIndex | undefined {
  const built = table.indexes.get(field);
  if (built !== undefined) return built;
  const caseSensitive = table.indexable.get(field);
  if (caseSensitive === undefined) return undefined;
  const index = createFieldIndex(field, caseSensitive);
  for (const record of table.records.values()) index.add(record[field], record);
  table.indexes.set(field, index);
  table.indexList.push({ field, index });
  return index;
}

/** The next value of an auto-number field (`INV-{00000}` → `INV-00001`). */
export function nextAutoNumber(autoNumber: AutoNumber): string {
  const text = String(autoNumber.next).padStart(autoNumber.width, '0');
  autoNumber.next += 1;
  return autoNumber.prefix + text + autoNumber.suffix;
}

/** First and last name joined, as Contact, Lead and User `Name` read back through the API. */
export function personName(record: StoredRecord): string {
  const first = record.FirstName;
  const last = record.LastName;
  const hasFirst = first !== null && first !== undefined && first !== '';
  const hasLast = last !== null && last !== undefined && last !== '';
  if (hasFirst && hasLast) return `${String(first)} ${String(last)}`;
  return hasFirst ? String(first) : hasLast ? String(last) : '';
}

export function createObjectTable(object: SObjectSchema): ObjectTable {
  const byName = new Map<string, string>();
  const fieldsByName = new Map<string, DescribeField>();
  for (const field of object.fields) {
    byName.set(field.name, field.name);
    byName.set(field.name.toLowerCase(), field.name);
    fieldsByName.set(field.name, field);
  }
  const indexable = new Map<string, boolean>();
  const defaults: [string, FieldValue][] = [];
  for (const field of object.fields) {
    if (field.name !== 'Id' && (field.externalId || field.idLookup || field.unique)) {
      indexable.set(field.name, field.caseSensitive);
    }
    if (isStorableDefault(field.defaultValue)) defaults.push([field.name, field.defaultValue]);
  }
  const name = fieldsByName.get('Name');
  return {
    object,
    records: new RecordMap(),
    deleted: new Set(),
    indexable,
    indexes: new Map(),
    indexList: [],
    defaults,
    autoNumbers: autoNumbers(object),
    hasAudit: fieldsByName.has('CreatedDate'),
    hasOwner: fieldsByName.has('OwnerId'),
    derivesPersonName:
      name !== undefined &&
      !name.createable &&
      !name.autoNumber &&
      fieldsByName.has('FirstName') &&
      fieldsByName.has('LastName'),
    canonical(fieldName) {
      const known = byName.get(fieldName) ?? byName.get(fieldName.toLowerCase());
      if (known === undefined) throw new Error(`No field ${fieldName} on ${object.name}`);
      if (known !== fieldName) byName.set(fieldName, known);
      return known;
    },
  };
}
