/**
 * Reads and checks the body of a create-job request (salesforce-api.md §1.2, §7.2): required
 * `object` and `operation`, the enums, and the upsert key, which must be an External ID or
 * idLookup field (or `Id`) of the object.
 */
import type { OrgSchema } from '../contracts';
import { CREATE_REFUSAL } from './http-choices';
import type { IngestJobSpec } from './ingest-job';
import type { ColumnDelimiter, IngestOperation, LineEnding } from './ingest-types';
import { COLUMN_DELIMITERS, INGEST_OPERATIONS, LINE_ENDINGS } from './ingest-types';

const CONTENT_TYPES = ['CSV'] as const;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function optionalEnum<T extends string>(
  body: Record<string, unknown>,
  key: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = body[key];
  if (value === undefined || value === null) return fallback;
  if (!isOneOf(values, value)) throw CREATE_REFUSAL.badEnum(key, value);
  return value;
}

export function parseJobSpec(body: unknown, schema: OrgSchema, apiVersion: number): IngestJobSpec {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw CREATE_REFUSAL.badJson('The request body must be a JSON object describing the job');
  }
  const fields = body as Record<string, unknown>;
  const operationValue = fields.operation;
  if (operationValue === undefined || operationValue === null)
    throw CREATE_REFUSAL.missingField('operation');
  if (!isOneOf(INGEST_OPERATIONS, operationValue))
    throw CREATE_REFUSAL.badEnum('operation', operationValue);
  const operation: IngestOperation = operationValue;
  optionalEnum(fields, 'contentType', CONTENT_TYPES, 'CSV');
  const columnDelimiter: ColumnDelimiter = optionalEnum(
    fields,
    'columnDelimiter',
    Object.keys(COLUMN_DELIMITERS) as ColumnDelimiter[],
    'COMMA',
  );
  const lineEnding: LineEnding = optionalEnum(fields, 'lineEnding', LINE_ENDINGS, 'LF');

  const object = fields.object;
  if (typeof object !== 'string' || object === '') throw CREATE_REFUSAL.missingField('object');
  const sobject = schema.getObject(object);
  if (sobject === undefined) throw CREATE_REFUSAL.unknownObject(object);

  const externalIdFieldName = fields.externalIdFieldName;
  const hasExternalId = typeof externalIdFieldName === 'string' && externalIdFieldName !== '';
  if (operation === 'upsert' && !hasExternalId) throw CREATE_REFUSAL.missingExternalId(object);
  if (operation !== 'upsert' && hasExternalId)
    throw CREATE_REFUSAL.externalIdNotForOperation(operation);
  if (hasExternalId) {
    const key = schema.getField(sobject.name, externalIdFieldName);
    if (key === undefined || key.deprecatedAndHidden || !(key.externalId || key.idLookup)) {
      throw CREATE_REFUSAL.unknownExternalId(externalIdFieldName, object);
    }
  }
  const assignmentRuleId = fields.assignmentRuleId;
  return {
    object,
    objectName: sobject.name,
    operation,
    ...(hasExternalId ? { externalIdFieldName } : {}),
    ...(typeof assignmentRuleId === 'string' && assignmentRuleId !== ''
      ? { assignmentRuleId }
      : {}),
    lineEnding,
    columnDelimiter,
    apiVersion,
  };
}
