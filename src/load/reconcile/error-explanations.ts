/**
 * Salesforce row error codes (salesforce-api.md §1.12, and what the demo org writes:
 * emulator/core/ingest/row-errors.ts, salesforce-choices.ts) in an admin's words: what it means
 * and the likely fix. The console depends on the CODE, never on message wording (design.md §8),
 * except where one code covers several situations that need different fixes (INVALID_FIELD).
 * `isRetryableError` says when sending the same row again, unchanged, may work.
 */

export interface ErrorExplanation {
  /** A short title for the group, e.g. "Required field missing". */
  title: string;
  /** What happened, plainly. */
  meaning: string;
  /** What to do next. */
  fix: string;
}

const EXPLANATIONS: Record<string, ErrorExplanation> = {
  REQUIRED_FIELD_MISSING: {
    title: 'Required field missing',
    meaning:
      'Salesforce needs a value in the named field to save the record, and the row had none.',
    fix: 'Fill in the field in those rows (or map a column to it), then retry them.',
  },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: {
    title: 'Value not in the picklist',
    meaning:
      'The picklist only accepts its listed values (exactly, including case), and the row had another value or none.',
    fix: 'Change the value to one of the picklist values, or ask an admin to add it to the field, then retry.',
  },
  STRING_TOO_LONG: {
    title: 'Text too long',
    meaning: 'The value has more characters than the field allows.',
    fix: 'Shorten the value to the maximum length in the message (or ask an admin to lengthen the field), then retry.',
  },
  MALFORMED_ID: {
    title: 'Not a valid record Id',
    meaning: 'A value that should be a Salesforce record Id (15 or 18 characters) is not one.',
    fix: 'Correct the Id (check it was not cut short or changed by a spreadsheet), then retry.',
  },
  INVALID_CROSS_REFERENCE_KEY: {
    title: 'Record not found',
    meaning:
      'An Id in the row points to a record that does not exist, is of the wrong type, or that you cannot see.',
    fix: 'Check the Id belongs to this org and object and that you have access to the record, then retry.',
  },
  DUPLICATE_VALUE: {
    title: 'Duplicate value',
    meaning:
      'The field must be unique, and the value is already used by another record, or the same key appears more than once in the file.',
    fix: 'Use a different value, update the existing record instead, or remove the repeated key from the file, then retry.',
  },
  DUPLICATE_EXTERNAL_ID: {
    title: 'External id matches several records',
    meaning:
      'The upsert key matched more than one record, so Salesforce could not tell which one to update.',
    fix: 'Make the key unique in the org (merge or fix the duplicates, or mark the field Unique), then retry.',
  },
  ENTITY_IS_DELETED: {
    title: 'Record is deleted',
    meaning: 'The record the row points to is in the Recycle Bin or was deleted.',
    fix: 'Restore the record from the Recycle Bin, or remove the row (it has nothing left to change).',
  },
  FIELD_CUSTOM_VALIDATION_EXCEPTION: {
    title: 'Blocked by a validation rule',
    meaning:
      "A validation rule in the org rejected the record; the message is the rule's own text.",
    fix: 'Change the row so it meets the rule (the message says how), or ask the admin who owns the rule, then retry.',
  },
  FIELD_INTEGRITY_EXCEPTION: {
    title: 'Value does not fit the field',
    meaning:
      'The value breaks a rule of the field itself, for example an Id of the wrong object in a lookup.',
    fix: 'Point the field to a record of the right object (or correct the value), then retry.',
  },
  INVALID_FIELD_FOR_INSERT_UPDATE: {
    title: 'Field cannot be written',
    meaning:
      'The field is read-only for this operation or for your profile (or an insert named an Id).',
    fix: 'Unmap that column, or ask an admin to give your profile edit access to the field, then retry.',
  },
  UNABLE_TO_LOCK_ROW: {
    title: 'Record was locked',
    meaning:
      'Another process was changing the same record (or its parent) at the same moment, so Salesforce gave up waiting.',
    fix: 'Retry these rows as they are; if it keeps happening, sort the file by parent record or load when the org is quieter.',
  },
  CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: {
    title: 'Stopped by automation',
    meaning:
      'A trigger, flow or process in the org failed while saving the record; the message names it.',
    fix: 'Read the message for the automation and its error; fix the data it complains about or ask its owner, then retry.',
  },
  INVALID_EMAIL_ADDRESS: {
    title: 'Invalid email address',
    meaning: 'The value is not an email address Salesforce accepts.',
    fix: 'Correct the address (no spaces, one @, a domain), then retry.',
  },
  INVALID_TYPE_ON_FIELD_IN_RECORD: {
    title: 'Wrong kind of value',
    meaning:
      'The value is not of the type the field expects (a number, date or checkbox value written as something else).',
    fix: 'Change the value to the field type (dates yyyy-mm-dd, numbers without symbols, true/false), then retry.',
  },
  NUMBER_OUTSIDE_VALID_RANGE: {
    title: 'Number too large',
    meaning: "The number has more digits than the field's length and decimal places allow.",
    fix: 'Round or shorten the number to fit the field, then retry.',
  },
  DELETE_FAILED: {
    title: 'Delete refused',
    meaning:
      'The record cannot be deleted, usually because other records depend on it (for example an Account with Cases).',
    fix: 'Delete or re-parent the dependent records first, then retry the delete.',
  },
  MISSING_ARGUMENT: {
    title: 'Id missing',
    meaning: 'An update or delete row had no record Id.',
    fix: 'Fill in the Id column of those rows, then retry.',
  },
  INSUFFICIENT_ACCESS_OR_READONLY: {
    title: 'No access to the record',
    meaning: 'Your user cannot edit (or delete) this record.',
    fix: 'Ask the record owner or an admin for access, then retry.',
  },
  REQUEST_RUNNING_TOO_LONG: {
    title: 'Took too long',
    meaning: 'Salesforce stopped processing because it ran past its time limit.',
    fix: 'Retry these rows as they are; if it happens again, load smaller jobs or when the org is quieter.',
  },
};

const INVALID_FIELD_FOREIGN_KEY: ErrorExplanation = {
  title: 'Parent record not found',
  meaning:
    'A relationship column (like Account.External_Id__c) gave a value that matches no parent record, or more than one.',
  fix: 'Correct the parent key, or load the parent records first, then retry.',
};

const INVALID_FIELD_DESERIALIZE: ErrorExplanation = {
  title: 'Value in the wrong format',
  meaning:
    'Salesforce could not read the value as the field type (a date, number or checkbox written in another form).',
  fix: 'Write the value in the field format (dates yyyy-mm-dd, numbers with a dot for decimals, true/false), then retry.',
};

const INVALID_FIELD_OTHER: ErrorExplanation = {
  title: 'Field problem',
  meaning: 'Salesforce could not use a field of the row as it was given.',
  fix: 'Read the message for the field and the value, correct them, then retry.',
};

const TIMEOUT: ErrorExplanation = {
  title: 'Timed out',
  meaning:
    'Salesforce ran out of time processing these rows; nothing is wrong with the data itself.',
  fix: 'Retry these rows as they are; if it happens again, load smaller jobs or when the org is quieter.',
};

const FALLBACK: ErrorExplanation = {
  title: 'Salesforce refused the row',
  meaning: "Salesforce rejected the row with a code this console doesn't explain yet.",
  fix: "Read Salesforce's message and the fields it names, correct the row, then retry.",
};

/** Codes of the time-limit family (`REQUEST_RUNNING_TOO_LONG` is listed above). */
const TIMEOUT_CODE = /TIMEOUT|TIMED_OUT/;
/** Message wordings of a transient failure; "timed out", not "timeout", which a field may be named. */
const TIMEOUT_MESSAGE = /\btimed out\b/i;

export function explainError(code: string, message: string): ErrorExplanation {
  if (code === 'INVALID_FIELD') {
    if (message.startsWith('Foreign key external ID')) return INVALID_FIELD_FOREIGN_KEY;
    if (message.startsWith('Failed to deserialize')) return INVALID_FIELD_DESERIALIZE;
    return INVALID_FIELD_OTHER;
  }
  const known = EXPLANATIONS[code];
  if (known !== undefined) return known;
  if (TIMEOUT_CODE.test(code) || TIMEOUT_MESSAGE.test(message)) return TIMEOUT;
  return FALLBACK;
}

const RETRYABLE_CODES = new Set(['UNABLE_TO_LOCK_ROW', 'REQUEST_RUNNING_TOO_LONG']);
const RETRYABLE_MESSAGE =
  /\btry again\b|unable to obtain exclusive access|UNABLE_TO_LOCK_ROW|\btimed out\b/i;
/**
 * Codes whose message is read for a transient cause: automation that hit a lock reports it in its
 * own message, and unknown codes may say "try again". The messages of the other known codes echo
 * the row's value or an admin's validation text, which may say anything.
 */
function messageMayTellRetry(code: string): boolean {
  return (
    code === 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY' ||
    (code !== 'INVALID_FIELD' && !(code in EXPLANATIONS))
  );
}

/**
 * Whether the same row, sent again unchanged, may succeed: row locks, timeouts, and errors that
 * say "try again" (a trigger that hit a lock reports it inside its own message).
 */
export function isRetryableError(code: string, message: string): boolean {
  if (RETRYABLE_CODES.has(code) || TIMEOUT_CODE.test(code)) return true;
  return messageMayTellRetry(code) && RETRYABLE_MESSAGE.test(message);
}
