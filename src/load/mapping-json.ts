import type { ConstantValue } from './column-mapping';
import { OPERATIONS, type Operation } from './operation-rules';
import type { SavedColumn, SavedMapping } from './saved-mapping';
import type { ColumnFormat } from './value-formats';

/** Our own mapping file: a versioned envelope around a SavedMapping. */
export const MAPPING_JSON_FORMAT = 'forklift-mapping';
export const MAPPING_JSON_VERSION = 1;

export function mappingToJson(saved: SavedMapping): string {
  return `${JSON.stringify({ format: MAPPING_JSON_FORMAT, version: MAPPING_JSON_VERSION, ...saved }, null, 2)}\n`;
}

export type MappingJsonResult = { ok: true; mapping: SavedMapping } | { ok: false; error: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const DATE_ORDERS = ['ymd', 'dmy', 'mdy', 'excel-serial'];

function readMapping(v: unknown): SavedColumn['mapping'] | null {
  if (!isObject(v)) return null;
  if (v.kind === 'field' && isString(v.field)) return { kind: 'field', field: v.field };
  if (
    v.kind === 'relationship' &&
    isString(v.lookupField) &&
    isString(v.targetObject) &&
    isString(v.targetField)
  ) {
    return {
      kind: 'relationship',
      lookupField: v.lookupField,
      targetObject: v.targetObject,
      targetField: v.targetField,
    };
  }
  return null;
}

function readFormat(v: unknown): ColumnFormat | null {
  if (!isObject(v)) return null;
  switch (v.kind) {
    case 'text':
    case 'boolean':
      return { kind: v.kind };
    case 'number':
      return v.decimalMark === '.' || v.decimalMark === ','
        ? { kind: 'number', decimalMark: v.decimalMark }
        : null;
    case 'date':
      return isString(v.order) && DATE_ORDERS.includes(v.order)
        ? { kind: 'date', order: v.order as Extract<ColumnFormat, { kind: 'date' }>['order'] }
        : null;
    case 'datetime':
      return isString(v.order) && DATE_ORDERS.includes(v.order) && isString(v.timeZone)
        ? {
            kind: 'datetime',
            order: v.order as Extract<ColumnFormat, { kind: 'datetime' }>['order'],
            timeZone: v.timeZone,
          }
        : null;
    default:
      return null;
  }
}

function readColumn(v: unknown, index: number): SavedColumn | string {
  if (!isObject(v) || !isString(v.header)) return `column ${index + 1} has no header`;
  const mapping = readMapping(v.mapping);
  if (!mapping) return `column "${v.header}" has no valid mapping`;
  if (v.blankPolicy !== 'leave-unchanged' && v.blankPolicy !== 'clear')
    return `column "${v.header}" has an unknown blank policy`;
  if (v.format === undefined) return { header: v.header, mapping, blankPolicy: v.blankPolicy };
  const format = readFormat(v.format);
  return format
    ? { header: v.header, mapping, blankPolicy: v.blankPolicy, format }
    : `column "${v.header}" has an unknown value format`;
}

function readConstant(v: unknown): ConstantValue | null {
  return isObject(v) && isString(v.field) && isString(v.value)
    ? { field: v.field, value: v.value }
    : null;
}

/** Reads a mapping file, checking every part; an error says what is wrong in words. */
export function mappingFromJson(text: string): MappingJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a JSON file.' };
  }
  if (!isObject(data) || data.format !== MAPPING_JSON_FORMAT)
    return { ok: false, error: 'This JSON file is not a Forklift mapping.' };
  if (typeof data.version !== 'number' || data.version > MAPPING_JSON_VERSION) {
    return {
      ok: false,
      error: `This mapping was saved by a newer Forklift (format version ${String(data.version)}).`,
    };
  }
  if (!isString(data.object)) return { ok: false, error: 'The mapping names no object.' };
  if (!isString(data.operation) || !OPERATIONS.includes(data.operation as Operation))
    return { ok: false, error: 'The mapping has an unknown operation.' };
  if (data.matchingField !== null && !isString(data.matchingField))
    return { ok: false, error: 'The matching field is not a field name.' };
  if (!Array.isArray(data.columns) || !Array.isArray(data.constants))
    return { ok: false, error: 'The mapping has no column list.' };
  const columns: SavedColumn[] = [];
  for (const [i, raw] of data.columns.entries()) {
    const column = readColumn(raw, i);
    if (typeof column === 'string') return { ok: false, error: `In the mapping, ${column}.` };
    columns.push(column);
  }
  const constants = data.constants.map(readConstant);
  if (constants.some((c) => c === null))
    return { ok: false, error: 'A constant value in the mapping has no field or value.' };
  return {
    ok: true,
    mapping: {
      object: data.object,
      operation: data.operation as Operation,
      matchingField: data.matchingField,
      columns,
      constants: constants as ConstantValue[],
    },
  };
}
