/**
 * The org's records, in memory. Built for the Bulk ingest engine's volumes (a million records):
 * records are plain objects holding only the fields that were set (absent and null both mean
 * null), system values are shared strings, and lookups go through per-field indexes.
 *
 * The store applies what Salesforce fills in on its own (ids, audit fields, owner, describe
 * defaults, auto-numbers, a person's Name) and no rules: createable/updateable checks,
 * validation and cascades are the caller's. Returned records are the live stored objects:
 * read them, change them only through update().
 */
import type { FieldValue, OrgSchema, RecordStore, StoredRecord } from '../contracts';
import { createIdSequence, keyPrefixOf, normalizeId } from '../ids';
import { createObjectTable, indexOf, nextAutoNumber, personName } from './object-table';
import type { ObjectTable } from './object-table';
import { RecordShapes } from './record-shapes';

export interface RecordStoreOptions {
  /** Seeds the id sequence: the same seed gives the same ids in the same order. */
  orgSeed: number;
  /** The org's clock (the emulator's manual clock in tests). */
  now: () => Date;
  /** The same clock in epoch milliseconds, read per stored record without a Date. */
  nowMs?: () => number;
}

const PERSON_NAME_PARTS = new Set(['FirstName', 'LastName']);

export function createRecordStore(schema: OrgSchema, options: RecordStoreOptions): RecordStore {
  const ids = createIdSequence(options.orgSeed);
  const tables = new Map<string, ObjectTable>();
  const shapes = new Map<ObjectTable, RecordShapes>();
  const nowMs = options.nowMs ?? (() => options.now().getTime());
  let lastTime = Number.NaN;
  let lastStamp = '';

  /** One shared ISO string per clock instant, so a million records share a few timestamps. */
  function timestamp(): string {
    const time = nowMs();
    if (time !== lastTime) {
      lastTime = time;
      lastStamp = new Date(time).toISOString();
    }
    return lastStamp;
  }

  function tableFor(objectName: string): ObjectTable {
    const cached = tables.get(objectName);
    if (cached !== undefined) return cached;
    const object = schema.getObject(objectName);
    if (object === undefined) throw new Error(`No object ${objectName} in the schema`);
    const table = tables.get(object.name) ?? createObjectTable(object);
    tables.set(object.name, table);
    tables.set(objectName, table);
    return table;
  }

  function newId(table: ObjectTable): string {
    const prefix = table.object.keyPrefix;
    if (prefix === null) throw new Error(`${table.object.name} has no key prefix`);
    return ids.next(prefix);
  }

  /** An id the caller chose (seed data with fixed ids): well-formed, this object's, unused. */
  function chosenId(table: ObjectTable, raw: FieldValue): string {
    const id = typeof raw === 'string' ? normalizeId(raw) : undefined;
    if (id === undefined || keyPrefixOf(id) !== table.object.keyPrefix) {
      throw new Error(`Not a ${table.object.name} id: ${String(raw)}`);
    }
    if (table.records.has(id)) throw new Error(`Duplicate id ${id}`);
    return id;
  }

  function index(table: ObjectTable, record: StoredRecord, add: boolean): void {
    for (const { field, index: fieldIndex } of table.indexList) {
      if (add) fieldIndex.add(record[field], record);
      else fieldIndex.remove(record[field], record);
    }
  }

  function setField(table: ObjectTable, record: StoredRecord, field: string, value: FieldValue) {
    const fieldIndex = table.indexes.get(field);
    if (fieldIndex !== undefined) {
      fieldIndex.remove(record[field], record);
      fieldIndex.add(value, record);
    }
    record[field] = value;
  }

  function locate(objectName: string, id: string) {
    const table = tableFor(objectName);
    // Most ids arrive as stored (the ingest engine passes record.Id back): skip normalising them.
    const stored = table.records.get(id);
    if (stored !== undefined) return { table, id18: id, record: stored };
    const id18 = normalizeId(id);
    return { table, id18, record: id18 === undefined ? undefined : table.records.get(id18) };
  }

  function findBy(objectName: string, fieldName: string, value: string, caseSensitive: boolean) {
    const table = tableFor(objectName);
    const field = table.canonical(fieldName);
    if (field === 'Id') {
      const record = locate(objectName, value).record;
      return record === undefined ? [] : [record];
    }
    const fieldIndex = indexOf(table, field);
    if (fieldIndex !== undefined && (caseSensitive || !fieldIndex.caseSensitive)) {
      const found = fieldIndex.lookup(value);
      return caseSensitive && !fieldIndex.caseSensitive
        ? found.filter((record) => String(record[field]) === value)
        : found;
    }
    return scan(table, field, value, caseSensitive);
  }

  /** Fills what Salesforce fills on create, then stores the record and indexes it. */
  function store(
    table: ObjectTable,
    record: StoredRecord,
    givenAsNull: ReadonlySet<string> | undefined,
    userId: string,
  ): StoredRecord {
    // Defaults fill fields the caller left out, not ones it set to null (#N/A).
    for (const [field, value] of table.defaults) {
      if (record[field] === undefined && givenAsNull?.has(field) !== true) record[field] = value;
    }
    for (const autoNumber of table.autoNumbers) {
      if (record[autoNumber.field] == null) record[autoNumber.field] = nextAutoNumber(autoNumber);
    }
    if (table.derivesPersonName) record.Name = personName(record);
    if (table.hasOwner && record.OwnerId == null) record.OwnerId = userId;
    if (table.hasAudit) {
      const now = timestamp();
      record.CreatedDate ??= now;
      record.CreatedById ??= userId;
      record.LastModifiedDate ??= now;
      record.LastModifiedById ??= userId;
      record.SystemModstamp ??= now;
    }
    table.records.set(record.Id, record);
    index(table, record, true);
    return record;
  }

  function update(
    table: ObjectTable,
    record: StoredRecord,
    changes: Record<string, FieldValue>,
    userId: string,
  ): StoredRecord {
    let nameChanged = false;
    for (const key in changes) {
      if (key === 'Id') continue;
      const field = table.canonical(key);
      const value = changes[key];
      // Null rather than `delete`: deleting keys would push V8 objects into dictionary mode.
      setField(table, record, field, value === undefined ? null : value);
      if (PERSON_NAME_PARTS.has(field)) nameChanged = true;
    }
    if (table.derivesPersonName && nameChanged) record.Name = personName(record);
    if (table.hasAudit) {
      const now = timestamp();
      record.LastModifiedDate = now;
      record.LastModifiedById = userId;
      record.SystemModstamp = now;
    }
    return record;
  }

  return {
    newId: (objectName) => newId(tableFor(objectName)),

    insert(objectName, values, userId) {
      const table = tableFor(objectName);
      const id = values.Id == null ? newId(table) : chosenId(table, values.Id);
      const record: StoredRecord = { Id: id };
      let givenAsNull: Set<string> | undefined;
      for (const key in values) {
        if (key === 'Id') continue;
        const field = table.canonical(key);
        const value = values[key];
        if (value === null || value === undefined) (givenAsNull ??= new Set()).add(field);
        else record[field] = value;
      }
      return store(table, record, givenAsNull, userId);
    },
    adopt(objectName, values, userId) {
      const table = tableFor(objectName);
      for (const key in values) {
        if (key === 'Id' || values[key] == null) return this.insert(objectName, values, userId);
      }
      let tableShapes = shapes.get(table);
      if (tableShapes === undefined) shapes.set(table, (tableShapes = new RecordShapes(table)));
      const build = tableShapes.builderFor(values);
      if (build === undefined) {
        const record = values as StoredRecord;
        record.Id = newId(table);
        return store(table, record, undefined, userId);
      }
      const name = table.derivesPersonName ? personName(values as StoredRecord) : '';
      const record = build(values, newId(table), name, userId, table.hasAudit ? timestamp() : '');
      table.records.set(record.Id, record);
      index(table, record, true);
      return record;
    },
    update(objectName, id, changes, userId) {
      const { table, record } = locate(objectName, id);
      return record === undefined ? undefined : update(table, record, changes, userId);
    },
    updateRecord(objectName, record, changes, userId) {
      return update(tableFor(objectName), record, changes, userId);
    },
    delete(objectName, id) {
      const { table, id18, record } = locate(objectName, id);
      if (record === undefined || id18 === undefined) return false;
      index(table, record, false);
      table.records.delete(id18);
      table.deleted.add(id18);
      return true;
    },

    get: (objectName, id) => locate(objectName, id).record,

    wasDeleted(objectName, id) {
      const { table, id18 } = locate(objectName, id);
      return id18 !== undefined && table.deleted.has(id18);
    },

    findBy,
    match(objectName, fieldName, value, caseSensitive) {
      const table = tableFor(objectName);
      const field = table.canonical(fieldName);
      const fieldIndex = field === 'Id' ? undefined : indexOf(table, field);
      if (fieldIndex === undefined || (caseSensitive && !fieldIndex.caseSensitive)) {
        const found = findBy(objectName, field, value, caseSensitive);
        return found.length > 1 ? found : found[0];
      }
      const entry = fieldIndex.entry(value);
      if (!Array.isArray(entry)) return entry as StoredRecord | undefined;
      return entry.length > 1 ? entry : (entry[0] as StoredRecord | undefined);
    },
    all: (objectName) => tableFor(objectName).records.values(),

    count: (objectName) => tableFor(objectName).records.size,
  };
}

/** The fallback for fields without an index (or asked with a looser case rule than indexed). */
function scan(table: ObjectTable, field: string, value: string, caseSensitive: boolean) {
  const wanted = caseSensitive ? value : value.toLowerCase();
  const found: StoredRecord[] = [];
  for (const record of table.records.values()) {
    const stored = record[field];
    if (stored === null || stored === undefined) continue;
    const text = String(stored);
    if ((caseSensitive ? text : text.toLowerCase()) === wanted) found.push(record);
  }
  return found;
}
