/**
 * What preflight finds in a row, in the admin's words, next to the Salesforce error it prevents
 * (salesforce-api.md §1.12). The codes are ours; `salesforceCode` is Salesforce's own, or null
 * when Salesforce would accept the row silently and do the wrong thing.
 */

export type PreflightRule =
  | 'required-missing'
  | 'required-if-creates'
  | 'required-cleared'
  | 'invalid-value'
  | 'spreadsheet-error'
  | 'string-too-long'
  | 'number-out-of-range'
  | 'invalid-email'
  | 'restricted-picklist'
  | 'unknown-picklist-value'
  | 'malformed-id'
  | 'id-wrong-object'
  | 'missing-id'
  | 'blank-matching-value'
  | 'excel-damaged-key'
  | 'key-spaces'
  | 'duplicate-key'
  | 'read-only-field'
  | 'read-only-on-upsert';

export type SalesforceErrorCode =
  | 'REQUIRED_FIELD_MISSING'
  | 'INVALID_FIELD'
  | 'STRING_TOO_LONG'
  | 'NUMBER_OUTSIDE_VALID_RANGE'
  | 'INVALID_EMAIL_ADDRESS'
  | 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
  | 'MALFORMED_ID'
  | 'FIELD_INTEGRITY_EXCEPTION'
  | 'MISSING_ARGUMENT'
  | 'DUPLICATE_VALUE'
  | 'INVALID_FIELD_FOR_INSERT_UPDATE';

/** An error excludes the row by default; a warning only informs. */
export type PreflightSeverity = 'error' | 'warning';

export interface PreflightRuleInfo {
  severity: PreflightSeverity;
  salesforceCode: SalesforceErrorCode | null;
  /** The heading of a group of these problems. */
  title: string;
}

export const PREFLIGHT_RULES: Readonly<Record<PreflightRule, PreflightRuleInfo>> = {
  'required-missing': {
    severity: 'error',
    salesforceCode: 'REQUIRED_FIELD_MISSING',
    title: 'A required field is blank',
  },
  'required-if-creates': {
    severity: 'warning',
    salesforceCode: 'REQUIRED_FIELD_MISSING',
    title: 'A field required to create a record is blank',
  },
  'required-cleared': {
    severity: 'error',
    salesforceCode: 'REQUIRED_FIELD_MISSING',
    title: 'A required field would be cleared',
  },
  'invalid-value': {
    severity: 'error',
    salesforceCode: 'INVALID_FIELD',
    title: 'The value is not of the field’s type',
  },
  'spreadsheet-error': {
    severity: 'error',
    salesforceCode: null,
    title: 'A spreadsheet error instead of data',
  },
  'string-too-long': {
    severity: 'error',
    salesforceCode: 'STRING_TOO_LONG',
    title: 'Text longer than the field allows',
  },
  'number-out-of-range': {
    severity: 'error',
    salesforceCode: 'NUMBER_OUTSIDE_VALID_RANGE',
    title: 'A number too large for the field',
  },
  'invalid-email': {
    severity: 'error',
    salesforceCode: 'INVALID_EMAIL_ADDRESS',
    title: 'Not an email address',
  },
  'restricted-picklist': {
    severity: 'error',
    salesforceCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    title: 'Not one of the picklist’s values',
  },
  'unknown-picklist-value': {
    severity: 'warning',
    salesforceCode: null,
    title: 'A value the picklist does not list',
  },
  'malformed-id': { severity: 'error', salesforceCode: 'MALFORMED_ID', title: 'Not a valid Id' },
  'id-wrong-object': {
    severity: 'error',
    salesforceCode: 'MALFORMED_ID',
    title: 'The Id of another kind of record',
  },
  'missing-id': { severity: 'error', salesforceCode: 'MISSING_ARGUMENT', title: 'No Id' },
  'blank-matching-value': {
    severity: 'warning',
    salesforceCode: null,
    title: 'No matching value: the row creates a record',
  },
  'excel-damaged-key': {
    severity: 'error',
    salesforceCode: null,
    title: 'A key changed by Excel',
  },
  'key-spaces': {
    severity: 'warning',
    salesforceCode: null,
    title: 'A key with stray spaces',
  },
  'duplicate-key': {
    severity: 'error',
    salesforceCode: 'DUPLICATE_VALUE',
    title: 'The same key in several rows',
  },
  'read-only-field': {
    severity: 'error',
    salesforceCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    title: 'A read-only field has a value',
  },
  'read-only-on-upsert': {
    severity: 'warning',
    salesforceCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    title: 'A field that only creating (or only updating) may set',
  },
};

export interface PreflightProblem {
  rule: PreflightRule;
  severity: PreflightSeverity;
  salesforceCode: SalesforceErrorCode | null;
  /** 0-based CSV column, or null for a problem of the whole load (a required field not mapped). */
  column: number | null;
  /** API name of the field written (the lookup field for a relationship column). */
  field: string | null;
  message: string;
  /** The cell as read from the file (after the value map). */
  value: string;
  /** The closest valid value, when there is one (picklists). */
  suggestion: string | null;
  /** Another row involved: the first row with the same key, for duplicates. */
  relatedRow: number | null;
}

/** Said on the check screen, always: describe cannot see the org's automation (design.md §1). */
export const PREFLIGHT_LIMITS_NOTICE =
  'These checks use the object’s field definitions only. Validation rules, flows, triggers and duplicate rules run inside Salesforce and can still reject rows that pass here.';

/** How rows left out of the load by the user's choice are reported in the results. */
export const EXCLUDED_BEFORE_UPLOAD = 'Excluded before upload';
