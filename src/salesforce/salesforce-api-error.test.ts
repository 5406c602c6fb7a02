import { describe, expect, it } from 'vitest';
import { isInvalidSession, parseSalesforceError } from './salesforce-api-error';

const JSON_TYPE = 'application/json;charset=UTF-8';

describe('parseSalesforceError', () => {
  it.each([
    {
      name: 'the REST error array',
      status: 401,
      body: '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]',
      type: JSON_TYPE,
      expected: {
        errorCode: 'INVALID_SESSION_ID',
        message: 'Session expired or invalid',
        fields: [],
      },
    },
    {
      name: 'an entry with fields',
      status: 400,
      body: '[{"message":"No such column","errorCode":"INVALID_FIELD","fields":["Foo__c"]}]',
      type: JSON_TYPE,
      expected: { errorCode: 'INVALID_FIELD', message: 'No such column', fields: ['Foo__c'] },
    },
    {
      name: 'an OAuth error object',
      status: 400,
      body: '{"error":"invalid_grant","error_description":"expired access/refresh token"}',
      type: JSON_TYPE,
      expected: { errorCode: 'invalid_grant', message: 'expired access/refresh token', fields: [] },
    },
    {
      name: 'a bare code',
      status: 403,
      body: 'Bad_OAuth_Token',
      type: 'text/plain',
      expected: { errorCode: 'Bad_OAuth_Token', message: 'Bad_OAuth_Token', fields: [] },
    },
    {
      name: 'an HTML page',
      status: 503,
      body: '<html><body>Maintenance</body></html>',
      type: 'text/html',
      expected: {
        errorCode: 'HTTP_503',
        message: 'Salesforce answered HTTP 503 with an HTML page.',
        fields: [],
      },
    },
    {
      name: 'an empty body',
      status: 500,
      body: '',
      type: null,
      expected: { errorCode: 'HTTP_500', message: 'HTTP 500', fields: [] },
    },
  ])('reads $name', ({ status, body, type, expected }) => {
    const error = parseSalesforceError(status, body, type);
    expect({ errorCode: error.errorCode, message: error.message, fields: error.fields }).toEqual(
      expected,
    );
    expect(error.status).toBe(status);
  });

  it('keeps every entry when Salesforce sends several', () => {
    const error = parseSalesforceError(
      400,
      '[{"message":"a","errorCode":"A"},{"message":"b","errorCode":"B"}]',
      JSON_TYPE,
    );
    expect(error.errors.map((e) => e.errorCode)).toEqual(['A', 'B']);
  });
});

describe('isInvalidSession', () => {
  it.each([
    [401, '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]', true],
    [401, '[{"message":"nope","errorCode":"OTHER"}]', false],
    [403, '[{"message":"x","errorCode":"INVALID_SESSION_ID"}]', false],
    [403, 'Bad_OAuth_Token', true],
    [401, 'Bad_OAuth_Token', false],
  ])('HTTP %i %s → %s', (status, body, expected) => {
    const type = body.startsWith('[') ? JSON_TYPE : 'text/plain';
    expect(isInvalidSession(parseSalesforceError(status, body, type))).toBe(expected);
  });
});
