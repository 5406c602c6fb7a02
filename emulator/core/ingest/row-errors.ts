/**
 * Row errors whose wording is sourced ([REAL]/[DOC] in salesforce-api.md §1.12). The guessed ones
 * live in salesforce-choices.ts. A row keeps only its first error; `stage` decides which error
 * comes first when a row has several (see ERROR_STAGE).
 */
import type { DescribeField } from '../schema/types';
import { formatSfError } from './sf-error';

/** The order in which Salesforce meets a row's problems: deserialising, then saving. */
export const ERROR_STAGE = {
  Deserialize: 1,
  ForeignKey: 2,
  ReadOnly: 3,
  Required: 4,
  Validation: 5,
  Reference: 6,
  Save: 7,
} as const;
export type ErrorStage = (typeof ERROR_STAGE)[keyof typeof ERROR_STAGE];

export class RowError {
  constructor(
    readonly stage: ErrorStage,
    readonly text: string,
  ) {}
}

/** [REAL] `INVALID_FIELD:Failed to deserialize field at col 3. Due to, '…' is not a valid value for the type xsd:date:CloseDate --` */
export function deserializeError(column: number, raw: string, field: DescribeField): RowError {
  return new RowError(
    ERROR_STAGE.Deserialize,
    formatSfError(
      'INVALID_FIELD',
      `Failed to deserialize field at col ${column}. Due to, '${raw}' is not a valid value for the type ${field.soapType}`,
      [field.name],
    ),
  );
}

/** [REAL] jsforce's integration test: `REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --` */
export function requiredFieldsMissing(fieldNames: readonly string[]): RowError {
  return new RowError(
    ERROR_STAGE.Required,
    formatSfError(
      'REQUIRED_FIELD_MISSING',
      `Required fields are missing: [${fieldNames.join(', ')}]`,
      fieldNames,
    ),
  );
}

/** [REAL] REST wording of a read-only field; the Bulk wrapping follows §1.12's pattern. */
export function readOnlyField(fieldName: string): RowError {
  return new RowError(
    ERROR_STAGE.ReadOnly,
    formatSfError(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${fieldName}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      [fieldName],
    ),
  );
}

/** [REAL] SOAP/REST: an insert may not name the record's Id. */
export function idOnInsert(): RowError {
  return new RowError(
    ERROR_STAGE.ReadOnly,
    formatSfError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']),
  );
}

/** [REAL] SOAP/REST wording for an update or delete row without an Id. */
export function missingId(call: 'update' | 'delete'): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError(
      'MISSING_ARGUMENT',
      `Id not specified in ${call === 'update' ? 'an update' : 'a delete'} call`,
    ),
  );
}

/** [REAL] REST: `Account ID: id value of incorrect type: 001…` with fields [Id]. */
export function malformedId(field: DescribeField, raw: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${raw}`, [
      field.name,
    ]),
  );
}

/** [REAL] `FIELD_INTEGRITY_EXCEPTION, Owner ID: id value of incorrect type: 035…: [OwnerId]` */
export function wrongReferenceType(field: DescribeField, raw: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError(
      'FIELD_INTEGRITY_EXCEPTION',
      `${field.label}: id value of incorrect type: ${raw}`,
      [field.name],
    ),
  );
}

/** [REAL] third-party result files: `INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--` */
export function invalidCrossReference(): RowError {
  return new RowError(
    ERROR_STAGE.Reference,
    formatSfError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'),
  );
}

/** [REAL] REST: `Email: invalid email address: foo` */
export function invalidEmail(field: DescribeField, value: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, [
      field.name,
    ]),
  );
}

/** [REAL] REST: `Amount: value outside of valid range on numeric field: 1.0E20` */
export function numberOutOfRange(field: DescribeField, rendered: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError(
      'NUMBER_OUTSIDE_VALID_RANGE',
      `${field.label}: value outside of valid range on numeric field: ${rendered}`,
      [field.name],
    ),
  );
}

/** [REAL] wording from third-party tests; the trailer follows §1.12. */
export function badRestrictedPicklist(field: DescribeField, value: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `${field.label}: bad value for restricted picklist field: ${value}`,
      [field.name],
    ),
  );
}

/** [REAL] message (REST); the Bulk wrapping and the empty field list are [UNSURE] in §1.12. */
export function duplicateValue(fieldName: string, existingId: string): RowError {
  return new RowError(
    ERROR_STAGE.Save,
    formatSfError(
      'DUPLICATE_VALUE',
      `duplicate value found: ${fieldName} duplicates value on record with id: ${existingId}`,
    ),
  );
}

/** [REAL] `UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--` */
export function unableToLockRow(): RowError {
  return new RowError(
    ERROR_STAGE.Save,
    formatSfError('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record'),
  );
}
