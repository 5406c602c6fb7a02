/**
 * Runs a SOQL query against the org: parse, check, filter, sort, slice, and shape each row the
 * way REST returns it (salesforce-api.md §4; `attributes`, nested relationship objects).
 */
import type { FieldValue, StoredRecord } from '../contracts';
import type { Condition, FieldPath, SoqlQuery } from './soql-ast';
import { parseSoql } from './soql-parser';
import { recordAttributes, restFieldValue } from './record-json';
import { resolveQuery, type ResolvedPath } from './soql-resolve';
import type { SoqlDataSource } from './soql-source';
import { matchesComparison, sortCompare } from './soql-values';

export interface QueryRows {
  totalSize: number;
  /** Empty for `COUNT()`. */
  records: Record<string, unknown>[];
}

interface Walked {
  /** The record holding the last field, or null when a relationship on the way was empty. */
  record: StoredRecord | null;
  objectName: string;
}

export function executeSoql(text: string, source: SoqlDataSource, apiVersion: string): QueryRows {
  return runQuery(parseSoql(text), source, apiVersion);
}

export function runQuery(query: SoqlQuery, source: SoqlDataSource, apiVersion: string): QueryRows {
  const resolved = resolveQuery(query, source);
  const objectName = resolved.object.name;

  const walk = (
    record: StoredRecord,
    path: ResolvedPath,
    steps = path.relationships.length,
  ): Walked => {
    let current: StoredRecord | null = record;
    let currentObject = objectName;
    for (const reference of path.relationships.slice(0, steps)) {
      const id: FieldValue | undefined = current?.[reference.name];
      const target: ReturnType<SoqlDataSource['getById']> =
        typeof id === 'string' && id !== '' ? source.getById(id) : undefined;
      current = target?.record ?? null;
      currentObject = target?.objectName ?? currentObject;
      if (!current) break;
    }
    return { record: current, objectName: currentObject };
  };
  const valueAt = (record: StoredRecord, path: FieldPath): FieldValue | undefined => {
    const resolvedPath = resolved.resolve(path);
    const holder = walk(record, resolvedPath).record;
    return holder ? holder[resolvedPath.field.name] : null;
  };

  const matches = (record: StoredRecord, condition: Condition): boolean => {
    switch (condition.kind) {
      case 'and':
        return condition.operands.every((operand) => matches(record, operand));
      case 'or':
        return condition.operands.some((operand) => matches(record, operand));
      case 'not':
        return !matches(record, condition.operand);
      case 'compare': {
        const { type } = resolved.resolve(condition.path).field;
        const value = valueAt(record, condition.path);
        return matchesComparison(type, value, condition.operator, condition.value);
      }
      case 'in': {
        const { type } = resolved.resolve(condition.path).field;
        const value = valueAt(record, condition.path);
        const found = condition.values.some((literal) =>
          matchesComparison(type, value, '=', literal),
        );
        return condition.negated ? !found : found;
      }
      default: {
        const unreachable: never = condition;
        return unreachable;
      }
    }
  };

  let rows = [...source.records(objectName)];
  if (query.where) rows = rows.filter((record) => matches(record, query.where!));
  if (query.orderBy.length > 0) {
    rows.sort((a, b) => {
      for (const item of query.orderBy) {
        const { type } = resolved.resolve(item.path).field;
        const order = sortCompare(type, valueAt(a, item.path), valueAt(b, item.path), {
          descending: item.direction === 'DESC',
          nullsFirst: item.nulls === 'FIRST',
        });
        if (order !== 0) return order;
      }
      return 0;
    });
  }
  const start = query.offset ?? 0;
  rows = rows.slice(start, query.limit === undefined ? undefined : start + query.limit);

  if (query.select.some((item) => item.kind === 'count'))
    return { totalSize: rows.length, records: [] };

  const shape = (record: StoredRecord): Record<string, unknown> => {
    const json: Record<string, unknown> = {
      attributes: recordAttributes(objectName, record.Id, apiVersion),
    };
    for (const item of query.select) {
      if (item.kind !== 'field') continue;
      const path = resolved.resolve(item.path);
      let holder: Record<string, unknown> | null = json;
      for (let step = 0; step < path.relationships.length && holder; step++) {
        const key = path.relationships[step]!.relationshipName ?? '';
        if (!(key in holder)) {
          const related = walk(record, path, step + 1);
          holder[key] = related.record
            ? { attributes: recordAttributes(related.objectName, related.record.Id, apiVersion) }
            : null;
        }
        holder = holder[key] as Record<string, unknown> | null;
      }
      const owner = walk(record, path).record;
      if (holder && owner) holder[path.field.name] = restFieldValue(path.field, owner);
    }
    return json;
  };
  return { totalSize: rows.length, records: rows.map(shape) };
}
