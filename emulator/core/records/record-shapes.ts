/**
 * Stored records built in one allocation, in a fixed shape. A record assembled property by
 * property starts with 4 in-object slots and reallocates an out-of-object property array as it
 * grows to the ~18 fields of a Bulk-loaded Contact; at a million records that growth, and the
 * garbage it leaves, was the largest cost of storing them (docs/decisions/0015).
 *
 * For each set of field names a load writes (a "shape"), this compiles a builder whose object
 * literal lists every property the record will have — Id, the row's values, describe
 * defaults, the person Name, OwnerId and the audit fields, in the order insert gives them — so
 * V8 allocates the record once with all properties in-object. The code is generated from field
 * names that come from the org's describe, each written as a JSON string literal.
 */
import type { FieldValue, StoredRecord } from '../contracts';
import type { ObjectTable } from './object-table';

export type RecordBuilder = (
  values: Readonly<Record<string, FieldValue>>,
  id: string,
  name: string,
  userId: string,
  now: string,
) => StoredRecord;

/** Fields the builder writes itself: a shape that gives one of them takes the general path. */
const SYSTEM_FIELDS = new Set([
  'Id',
  'Name',
  'OwnerId',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
  'SystemModstamp',
]);
/** Beyond this many shapes per object the general path is used (rows with ragged empties). */
const MAX_SHAPES = 64;

const literal = (value: unknown) => JSON.stringify(value);

function compile(table: ObjectTable, keys: readonly string[]): RecordBuilder | undefined {
  if (table.autoNumbers.length > 0 || keys.some((key) => SYSTEM_FIELDS.has(key))) return undefined;
  const given = new Set(keys);
  const properties = ['Id: id', ...keys.map((key) => `${literal(key)}: v[${literal(key)}]`)];
  for (const [field, value] of table.defaults) {
    if (given.has(field)) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
    properties.push(`${literal(field)}: ${literal(value)}`);
  }
  if (table.derivesPersonName) properties.push('Name: name');
  if (table.hasOwner) properties.push('OwnerId: userId');
  if (table.hasAudit) {
    properties.push(
      'CreatedDate: now',
      'CreatedById: userId',
      'LastModifiedDate: now',
      'LastModifiedById: userId',
      'SystemModstamp: now',
    );
  }
  // Generated on purpose (see the module comment): field names are describe names, quoted.
  return new Function(
    'v',
    'id',
    'name',
    'userId',
    'now',
    `return {${properties.join(', ')}};`,
  ) as RecordBuilder;
}

/** The builders of one object's shapes, with the last shape used checked first. */
export class RecordShapes {
  private lastKeys: readonly string[] = [];
  private last: RecordBuilder | undefined;
  private readonly byKeys = new Map<string, RecordBuilder | undefined>();

  constructor(private readonly table: ObjectTable) {}

  /** The builder for the shape of `values` (no Id, no nulls); undefined for the general path. */
  builderFor(values: Readonly<Record<string, FieldValue>>): RecordBuilder | undefined {
    const lastKeys = this.lastKeys;
    let i = 0;
    let same = true;
    for (const key in values) {
      if (lastKeys[i] !== key) {
        same = false;
        break;
      }
      i++;
    }
    if (same && i === lastKeys.length && i > 0) return this.last;
    const keys = Object.keys(values);
    const signature = keys.join(',');
    let builder = this.byKeys.get(signature);
    if (builder === undefined && !this.byKeys.has(signature)) {
      if (this.byKeys.size >= MAX_SHAPES) return undefined;
      builder = compile(this.table, keys);
      this.byKeys.set(signature, builder);
    }
    this.lastKeys = keys;
    this.last = builder;
    return builder;
  }
}
