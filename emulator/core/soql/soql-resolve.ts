/**
 * Checks a parsed query against the org (objects, fields, relationship paths, filter value
 * types) and turns every field path into the chain of describe fields it walks.
 */
import type { Condition, FieldPath, Literal, SoqlQuery, SourcePosition } from './soql-ast';
import { SOQL_REASONS, soqlErrorAt, type SoqlErrorCode } from './soql-error';
import type { SoqlDataSource, SoqlField, SoqlObject } from './soql-source';
import { checkLiteral } from './soql-values';

export interface ResolvedPath {
  /** Reference fields walked before the last field (`Account` of `Account.Name`). */
  relationships: SoqlField[];
  field: SoqlField;
}

export interface ResolvedQuery {
  object: SoqlObject;
  resolve(path: FieldPath): ResolvedPath;
}

export function resolveQuery(query: SoqlQuery, source: SoqlDataSource): ResolvedQuery {
  const fail = (code: SoqlErrorCode, position: SourcePosition, reason: string) =>
    soqlErrorAt(code, query.source, position, reason);
  const object = source.getObject(query.from.name);
  if (!object) {
    throw fail('INVALID_TYPE', query.from.position, SOQL_REASONS.unsupportedType(query.from.name));
  }
  const findField = (objects: SoqlObject[], test: (field: SoqlField) => boolean) => {
    for (const candidate of objects) {
      const field = candidate.fields.find(test);
      if (field) return field;
    }
    return undefined;
  };
  const sameName = (a: string | null, b: string) => a?.toLowerCase() === b.toLowerCase();
  const cache = new Map<string, ResolvedPath>();

  const resolve = (path: FieldPath): ResolvedPath => {
    const key = path.parts.join('.').toLowerCase();
    const cached = cache.get(key);
    if (cached) return cached;
    const parts = [...path.parts];
    let objects = [object];
    const isRelationship = (name: string) =>
      findField(objects, (f) => f.type === 'reference' && sameName(f.relationshipName, name));
    const head = parts[0] ?? '';
    const namesObject = sameName(query.from.name, head) || sameName(query.from.alias ?? null, head);
    if (parts.length > 1 && namesObject && !isRelationship(head)) parts.shift();
    const relationships: SoqlField[] = [];
    for (const part of parts.slice(0, -1)) {
      const reference = isRelationship(part);
      const targets = (reference?.referenceTo ?? [])
        .map((name) => source.getObject(name))
        .filter((target): target is SoqlObject => target !== undefined);
      if (!reference || targets.length === 0) {
        throw fail('INVALID_FIELD', path.position, SOQL_REASONS.badRelationship(part));
      }
      relationships.push(reference);
      objects = targets;
    }
    const last = parts[parts.length - 1] ?? '';
    const field = findField(objects, (f) => sameName(f.name, last));
    if (!field) {
      const entity = objects[0]?.name ?? object.name;
      throw fail('INVALID_FIELD', path.position, SOQL_REASONS.noSuchColumn(last, entity));
    }
    const resolved = { relationships, field };
    cache.set(key, resolved);
    return resolved;
  };

  const checkCondition = (condition: Condition): void => {
    switch (condition.kind) {
      case 'and':
      case 'or':
        condition.operands.forEach(checkCondition);
        return;
      case 'not':
        checkCondition(condition.operand);
        return;
      case 'compare':
      case 'in': {
        const { field } = resolve(condition.path);
        if (field.filterable === false) {
          throw fail(
            'INVALID_FIELD',
            condition.path.position,
            SOQL_REASONS.notFilterable(field.name),
          );
        }
        const values: Literal[] = condition.kind === 'in' ? condition.values : [condition.value];
        for (const value of values) {
          const problem = checkLiteral(field, value);
          if (problem)
            throw fail('INVALID_QUERY_FILTER_OPERATOR', condition.valuePosition, problem);
        }
        return;
      }
      default: {
        const unreachable: never = condition;
        return unreachable;
      }
    }
  };

  for (const item of query.select) if (item.kind === 'field') resolve(item.path);
  if (query.where) checkCondition(query.where);
  for (const item of query.orderBy) {
    const { field } = resolve(item.path);
    if (field.sortable === false) {
      throw fail('INVALID_FIELD', item.path.position, SOQL_REASONS.notSortable(field.name));
    }
  }
  return { object, resolve };
}
