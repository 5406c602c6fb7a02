import { describe, expect, it } from 'vitest';
import { explainError, isRetryableError } from './error-explanations';

describe('explainError', () => {
  it.each([
    ['REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', /Required field/],
    [
      'INVALID_FIELD',
      'Foreign key external ID: X-1 not found for field Ext__c in entity Account',
      /Parent/,
    ],
    [
      'INVALID_FIELD',
      "Failed to deserialize field at col 3. Due to, 'x' is not a valid value",
      /format/,
    ],
    ['INVALID_FIELD', 'Row has 3 values but the header has 4 columns', /Field problem/],
    ['UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record', /locked/],
    ['SOME_TIMEOUT', 'whatever', /Timed out/],
    ['NEW_CODE_NOBODY_KNOWS', 'x', /refused/],
  ])('explains %s (%s)', (code, message, title) => {
    const explanation = explainError(code, message);
    expect(explanation.title).toMatch(title);
    expect(explanation.meaning.length).toBeGreaterThan(10);
    expect(explanation.fix).toMatch(/\./);
  });
});

describe('isRetryableError', () => {
  it.each([
    ['UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record', true],
    ['REQUEST_RUNNING_TOO_LONG', 'Your request was running for too long', true],
    ['QUERY_TIMEOUT', 'x', true],
    [
      'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
      'MyTrigger: execution of AfterInsert caused by: System.DmlException: UNABLE_TO_LOCK_ROW',
      true,
    ],
    ['UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please try again.', true],
    ['FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Close date is in the past; fix it and try again', false],
    [
      'STRING_TOO_LONG',
      'Name: data value too large: please try again later (max length=20)',
      false,
    ],
    [
      'INVALID_FIELD',
      "Failed to deserialize field at col 2. Due to, 'x' is not a valid value for the type xsd:double:Timeout__c",
      false,
    ],
    ['REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', false],
  ])('%s: %s → %s', (code, message, retryable) => {
    expect(isRetryableError(code, message)).toBe(retryable);
  });
});
