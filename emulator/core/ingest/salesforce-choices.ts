/**
 * Every ingest behaviour that salesforce-api.md marks [UNSURE], chosen once, here, so a real-org
 * capture corrects it in one place. The evidence for each is in
 * docs/decisions/0010-ingest-unsure-choices.md (numbered C1, C2… below and there).
 * HTTP-level choices (statuses and error bodies) are in http-choices.ts.
 */
import type { DescribeField } from '../schema/types';
import { javaDoubleToString } from './java-double';
import { ERROR_STAGE, RowError } from './row-errors';
import { formatSfError } from './sf-error';

/** C1. Salesforce splits a job into batches of 10,000 rows (§1.13); the duplicate-key window too. */
export const BATCH_ROWS = 10_000;

/** C2. `STRING_TOO_LONG:<Label>: data value too large: <value> (max length=<n>):<Field> --` */
export function stringTooLong(field: DescribeField, value: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError(
      'STRING_TOO_LONG',
      `${field.label}: data value too large: ${value} (max length=${field.length})`,
      [field.name],
    ),
  );
}

/** C3. An update or delete of a record that was deleted. */
export function entityIsDeleted(): RowError {
  return new RowError(
    ERROR_STAGE.Reference,
    formatSfError('ENTITY_IS_DELETED', 'entity is deleted'),
  );
}

/** C4. An upsert key that matches several records: the field's label, then the ids. */
export function duplicateExternalId(field: DescribeField, ids: readonly string[]): RowError {
  return new RowError(
    ERROR_STAGE.Reference,
    formatSfError(
      'DUPLICATE_EXTERNAL_ID',
      `${field.label}: more than one record found for external id field: [${ids.join(', ')}]`,
    ),
  );
}

/**
 * C5. The same upsert key twice in one batch: every row with that key fails, with the Apex
 * wording `DUPLICATE_VALUE, Duplicate external id specified: 1: [Test__c]`.
 */
export function duplicateKeyInBatch(field: DescribeField, value: string): RowError {
  return new RowError(
    ERROR_STAGE.Validation,
    formatSfError('DUPLICATE_VALUE', `Duplicate external id specified: ${value}`, [field.name]),
  );
}

/** C6. A relationship column whose parent key matches no record (prefix [REAL], rest as widely quoted). */
export function foreignKeyNotFound(
  value: string,
  targetField: string,
  targetObject: string,
): RowError {
  return new RowError(
    ERROR_STAGE.ForeignKey,
    formatSfError(
      'INVALID_FIELD',
      `Foreign key external ID: ${value} not found for field ${targetField} in entity ${targetObject}`,
    ),
  );
}

/** C6. …or more than one. */
export function foreignKeyAmbiguous(
  value: string,
  targetField: string,
  targetObject: string,
): RowError {
  return new RowError(
    ERROR_STAGE.ForeignKey,
    formatSfError(
      'INVALID_FIELD',
      `Foreign key external ID: ${value} matched more than one record for field ${targetField} in entity ${targetObject}`,
    ),
  );
}

/** C7. A row whose value count differs from the header's column count fails on its own. */
export function wrongColumnCount(values: number, columns: number): RowError {
  return new RowError(
    ERROR_STAGE.Deserialize,
    formatSfError(
      'INVALID_FIELD',
      `Row has ${values} values but the header has ${columns} columns`,
    ),
  );
}

/** C8. Bad quoting in a row (`"John", "Smith"`): §2 says the row fails; Bulk 1.0's parser wording. */
export function malformedQuotes(): RowError {
  return new RowError(
    ERROR_STAGE.Deserialize,
    formatSfError(
      'INVALID_FIELD',
      'Found unescaped quote. A value with quote should be within a quote',
    ),
  );
}

/** C9. Job-level failures (errorMessage), for headers and files that cannot be read at all. */
export const JOB_FAILURE = {
  /** [REAL] */
  fieldNotFound: (header: string) => `InvalidBatch : Field name not found : ${header}`,
  /** [REAL] */
  typeNotNeeded: (relationship: string) =>
    `InvalidBatch : type is not needed for non polymorphic foreign key references: ${relationship}`,
  /** [REAL] */
  relationshipNotFound: (relationship: string) =>
    `InvalidBatch : Unable to find relationship: ${relationship}`,
  /** [UNSURE] mirrors the message above for the opposite mistake. */
  typeRequired: (relationship: string) =>
    `InvalidBatch : type is required for polymorphic foreign key references: ${relationship}`,
  /** [UNSURE] */
  duplicateHeader: (header: string) => `InvalidBatch : Duplicate field name: ${header}`,
  /** [REAL] third-party captures of the job's errorMessage. */
  lineEnding: (setting: string) =>
    `ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is ${setting}`,
} as const;

/** C10. Blank lines are skipped, not read as rows of empty values. */
export const SKIP_BLANK_LINES = true;

/** C11. Boolean spellings accepted: xsd:boolean's lexical space, case-insensitively. */
export function parseBooleanText(raw: string): boolean | undefined {
  switch (raw.toLowerCase()) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return undefined;
  }
}

/** C12. Restricted picklist values match case-sensitively. */
export const PICKLIST_CASE_SENSITIVE = true;

/** C13. A dateTime without a zone is UTC; a date may end in `Z` (§2: the docs disagree). */
export const DATE_ALLOWS_TRAILING_Z = true;

/**
 * C14. What a result row echoes for an uploaded value: numbers of double-typed fields
 * re-rendered the Java way (§1.9's sample), everything else as uploaded.
 */
export function echoValue(raw: string, field: DescribeField | undefined): string {
  if (field === undefined || raw === '') return raw;
  switch (field.type) {
    case 'double':
    case 'currency':
    case 'percent': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? javaDoubleToString(n) : raw;
    }
    default:
      return raw;
  }
}

/** C15. Result files use the job's delimiter and line ending (all samples are comma/LF). */
export const RESULTS_FOLLOW_JOB_DIALECT = true;

/** C16. An upsert row with a blank key (or no key column) inserts, as a blank `Id` does [REAL]. */
export const BLANK_UPSERT_KEY_INSERTS = true;

/** C17. A job closed with no upload, or with an empty one, completes with 0 rows (jsforce's empty-input test). */
export const EMPTY_JOB_COMPLETES = true;

/** C18. Abort is accepted while InProgress (the docs imply it); rows already done stay done. */
export const ABORT_WHILE_IN_PROGRESS = true;
