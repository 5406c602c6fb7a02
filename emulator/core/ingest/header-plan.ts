/**
 * Turns a job's header row into a plan of columns (salesforce-api.md §2): field names matched
 * case-insensitively, relationship columns `Rel.Field` / `Rel__r.Field`, and polymorphic
 * `Type:Rel.Field` only where the lookup's `referenceTo` lists several objects. A header that
 * cannot be resolved fails the whole job with Salesforce's InvalidBatch message (§1.10).
 */
import type { OrgSchema } from '../contracts';
import type { DescribeField } from '../schema/types';
import { JOB_FAILURE } from './salesforce-choices';
import type { IdRules, ValueParser } from './value-parsers';
import { createValueParser } from './value-parsers';

export interface FieldColumn {
  kind: 'field';
  column: number;
  header: string;
  field: DescribeField;
  parse: ValueParser;
}

export interface RelationshipColumn {
  kind: 'relationship';
  column: number;
  header: string;
  /** The lookup field on the job's object that the parent's Id is written to. */
  field: DescribeField;
  targetObject: string;
  /** The parent's indexed field the value is matched against (External ID or idLookup). */
  targetField: DescribeField;
}

export type ColumnPlan = FieldColumn | RelationshipColumn;

export type HeaderResolution =
  { ok: true; columns: ColumnPlan[] } | { ok: false; errorMessage: string };

export function resolveHeader(
  headers: readonly string[],
  objectName: string,
  schema: OrgSchema,
  ids: IdRules,
): HeaderResolution {
  const columns: ColumnPlan[] = [];
  const seen = new Set<string>();
  for (let column = 0; column < headers.length; column++) {
    const header = headers[column] ?? '';
    const resolved = header.includes('.')
      ? resolveRelationship(header, column, objectName, schema)
      : resolveField(header, column, objectName, schema, ids);
    if (typeof resolved === 'string') return { ok: false, errorMessage: resolved };
    // A polymorphic lookup may be given once per parent type (`User:Owner.…`, `Group:Owner.…`).
    const target = resolved.kind === 'relationship' ? `:${resolved.targetObject}` : '';
    const key = `${resolved.kind}:${resolved.field.name.toLowerCase()}${target}`;
    if (seen.has(key)) return { ok: false, errorMessage: JOB_FAILURE.duplicateHeader(header) };
    seen.add(key);
    columns.push(resolved);
  }
  return { ok: true, columns };
}

function visibleField(
  schema: OrgSchema,
  objectName: string,
  name: string,
): DescribeField | undefined {
  const field = schema.getField(objectName, name);
  return field === undefined || field.deprecatedAndHidden ? undefined : field;
}

function resolveField(
  header: string,
  column: number,
  objectName: string,
  schema: OrgSchema,
  ids: IdRules,
): FieldColumn | string {
  const field = visibleField(schema, objectName, header);
  if (field === undefined) return JOB_FAILURE.fieldNotFound(header);
  return { kind: 'field', column, header, field, parse: createValueParser(field, column, ids) };
}

function resolveRelationship(
  header: string,
  column: number,
  objectName: string,
  schema: OrgSchema,
): RelationshipColumn | string {
  const dot = header.indexOf('.');
  const left = header.slice(0, dot);
  const targetName = header.slice(dot + 1);
  const colon = left.indexOf(':');
  const typeName = colon === -1 ? undefined : left.slice(0, colon);
  const relationship = colon === -1 ? left : left.slice(colon + 1);
  if (relationship.includes(':') || targetName.includes('.'))
    return JOB_FAILURE.fieldNotFound(header);

  const lookup = schema
    .getObject(objectName)
    ?.fields.find(
      (f) =>
        f.type === 'reference' &&
        !f.deprecatedAndHidden &&
        f.relationshipName?.toLowerCase() === relationship.toLowerCase(),
    );
  if (lookup === undefined || lookup.relationshipName === null) {
    return typeName === undefined
      ? JOB_FAILURE.fieldNotFound(header)
      : JOB_FAILURE.relationshipNotFound(relationship);
  }
  const polymorphic = lookup.referenceTo.length > 1;
  if (typeName !== undefined && !polymorphic)
    return JOB_FAILURE.typeNotNeeded(lookup.relationshipName);
  if (typeName === undefined && polymorphic)
    return JOB_FAILURE.typeRequired(lookup.relationshipName);

  const targetRef =
    typeName === undefined
      ? lookup.referenceTo[0]
      : lookup.referenceTo.find((name) => name.toLowerCase() === typeName.toLowerCase());
  const target = targetRef === undefined ? undefined : schema.getObject(targetRef);
  if (target === undefined) return JOB_FAILURE.fieldNotFound(header);
  const targetField = visibleField(schema, target.name, targetName);
  if (targetField === undefined || !(targetField.externalId || targetField.idLookup)) {
    return JOB_FAILURE.fieldNotFound(header);
  }
  return {
    kind: 'relationship',
    column,
    header,
    field: lookup,
    targetObject: target.name,
    targetField,
  };
}
