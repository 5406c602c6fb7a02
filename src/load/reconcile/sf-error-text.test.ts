import { describe, expect, it } from 'vitest';
import { parseSfError } from './sf-error-text';

describe('parseSfError', () => {
  it.each([
    [
      'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --',
      {
        code: 'REQUIRED_FIELD_MISSING',
        message: 'Required fields are missing: [Name]',
        fields: ['Name'],
      },
    ],
    [
      "INVALID_FIELD:Failed to deserialize field at col 3. Due to, '2003-04-987654321987654321' is not a valid value for the type xsd:date:CloseDate --",
      {
        code: 'INVALID_FIELD',
        message:
          "Failed to deserialize field at col 3. Due to, '2003-04-987654321987654321' is not a valid value for the type xsd:date",
        fields: ['CloseDate'],
      },
    ],
    [
      'INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--',
      { code: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id', fields: [] },
    ],
    [
      'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 200 records: 001xx,001yy:--',
      {
        code: 'UNABLE_TO_LOCK_ROW',
        message: 'unable to obtain exclusive access to this record or 200 records: 001xx,001yy',
        fields: [],
      },
    ],
    [
      'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName, Company]:LastName,Company --',
      {
        code: 'REQUIRED_FIELD_MISSING',
        message: 'Required fields are missing: [LastName, Company]',
        fields: ['LastName', 'Company'],
      },
    ],
  ])('splits %s on the first and last colon', (text, expected) => {
    expect(parseSfError(text)).toEqual(expected);
  });

  it('keeps a text with no code or no trailer whole, as the message', () => {
    expect(parseSfError('Something went wrong')).toEqual({
      code: '',
      message: 'Something went wrong',
      fields: [],
    });
    expect(parseSfError('Batch failed: see log')).toEqual({
      code: '',
      message: 'Batch failed: see log',
      fields: [],
    });
    expect(parseSfError('UNKNOWN_EXCEPTION:an error: with colons')).toEqual({
      code: 'UNKNOWN_EXCEPTION',
      message: 'an error: with colons',
      fields: [],
    });
  });
});
