/**
 * What the seed-data generators share: the store, the schema (picklist values come from describe,
 * so seeded values are always valid ones), the PRNG and the record owners.
 */
import type { OrgSchema, RecordStore, StoredRecord } from '../contracts';
import type { SeededRandom } from './seeded-random';

export interface SeedContext {
  store: RecordStore;
  schema: OrgSchema;
  random: SeededRandom;
  /** Active users' ids: the owners of seeded records. */
  owners: readonly string[];
  adminId: string;
  /** The support queue: owns some leads and cases (polymorphic OwnerId). */
  queueId: string;
}

/** What the sales generator made, for the service generator to hang records on. */
export interface SalesData {
  accounts: readonly StoredRecord[];
  contactsByAccount: ReadonlyMap<string, readonly StoredRecord[]>;
}

/** The active values of a picklist, from the schema's describe. */
export function picklistValues(schema: OrgSchema, objectName: string, fieldName: string): string[] {
  const field = schema.getField(objectName, fieldName);
  if (field === undefined) throw new Error(`No field ${objectName}.${fieldName}`);
  return field.picklistValues.filter((entry) => entry.active).map((entry) => entry.value);
}

/** One of the weighted choices (`[['Hot', 1], ['Cold', 3]]`). */
export function weightedPick<T>(ctx: SeedContext, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = ctx.random.next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new Error('weightedPick needs choices');
  return last[0];
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;
const EDGE_SEPARATORS: Readonly<Record<string, RegExp>> = { '.': /^\.+|\.+$/g, '-': /^-+|-+$/g };

/** `Chloé O'Brien` → `chloe.obrien` (separator `.`, `-` or none): e-mail and domain safe. */
export function slug(text: string, separator: '.' | '-' | '' = '.'): string {
  const plain = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  const joined = plain.replace(NOT_ALNUM, separator);
  const edges = EDGE_SEPARATORS[separator];
  return edges === undefined ? joined : joined.replace(edges, '');
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A phone number in the place's format family (`+33 1 555 0123`). */
export function phoneNumber(ctx: SeedContext, prefix: string): string {
  return `${prefix} 555 ${pad(ctx.random.int(0, 9999), 4)}`;
}
