import { describe, expect, it } from 'vitest';
import { SalesforceNetworkError } from '../network-error';
import { SalesforceApiError } from '../salesforce-api-error';
import { SessionExpiredError } from '../session/session-errors';
import { explainIngestFailure } from './explain-ingest-failure';
import { ingestErrorHelp, jobErrorCode } from './ingest-error-help';
import { IngestUploadError } from './ingest-upload-error';

describe('ingestErrorHelp', () => {
  it.each([
    ['INVALIDJOB', 'InvalidJob'],
    ['NOT_FOUND', 'NotFound'],
    ['FEATURENOTENABLED', 'FeatureNotEnabled'],
    ['INVALID_SESSION_ID', 'InvalidSessionId'],
  ])('reads the wire code %s and the docs’ spelling %s as one code', (wire, docs) => {
    expect(ingestErrorHelp(wire)).toBeDefined();
    expect(ingestErrorHelp(docs)).toBe(ingestErrorHelp(wire));
  });

  it.each([
    'INVALIDJOB',
    'INVALIDJOBSTATE',
    'NOT_FOUND',
    'FEATURENOTENABLED',
    'REQUEST_LIMIT_EXCEEDED',
    'API_DISABLED_FOR_ORG',
    'INVALIDENTITY',
    'INVALID_SESSION_ID',
    'EXCEEDED_MAX_SIZE_REQUEST',
    'SERVER_UNAVAILABLE',
    'UNKNOWN_EXCEPTION',
    'InvalidBatch',
    'ClientInputError',
  ])('explains %s and says what to do', (code) => {
    const help = ingestErrorHelp(code);
    expect(help?.explanation).toMatch(/\w{3,}/);
    expect(help?.whatToDo).toMatch(/\w{3,}/);
  });

  it('has nothing for a code it does not know, rather than guessing from the message', () => {
    expect(ingestErrorHelp('SOMETHING_NEW')).toBeUndefined();
  });
});

describe('jobErrorCode', () => {
  it.each([
    ['InvalidBatch : Field name not found : Foo__c', 'InvalidBatch'],
    [
      'ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF',
      'ClientInputError',
    ],
    ['no code here', undefined],
  ])('reads the code of "%s"', (message, code) => {
    expect(jobErrorCode(message)).toBe(code);
  });
});

describe('explainIngestFailure', () => {
  const api = (status: number, errorCode: string, message: string) =>
    new SalesforceApiError(status, [{ errorCode, message }]);

  it.each([
    {
      name: 'a Salesforce refusal keeps its code and message',
      error: api(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
      expected: {
        errorCode: 'REQUEST_LIMIT_EXCEEDED',
        message: 'TotalRequests Limit exceeded.',
        whatToDo: expect.stringMatching(/24 hours/),
      },
    },
    {
      name: 'an uncertain upload says its rows go into a new job',
      error: new IngestUploadError('upload-uncertain', '750x', { reason: 'network' }),
      expected: { errorCode: undefined, whatToDo: expect.stringMatching(/new one/) },
    },
    {
      name: 'an uncertain upload keeps Salesforce’s code when it answered',
      error: new IngestUploadError('upload-uncertain', '750x', {
        reason: 'refused',
        apiError: api(503, 'SERVER_UNAVAILABLE', 'later'),
      }),
      expected: { errorCode: 'SERVER_UNAVAILABLE', message: 'later' },
    },
    {
      name: 'a refused second PUT says nothing was sent',
      error: new IngestUploadError('second-put-refused', '750x'),
      expected: { whatToDo: expect.stringMatching(/Nothing was sent/) },
    },
    {
      name: 'no answer points at the connection and CORS',
      error: new SalesforceNetworkError(
        'https://acme.my.salesforce.com/x',
        new TypeError('fetch failed'),
      ),
      expected: { whatToDo: expect.stringMatching(/CORS/) },
    },
    {
      name: 'an ended session asks to sign in again',
      error: new SessionExpiredError('refresh-refused'),
      expected: { whatToDo: expect.stringMatching(/Sign in again/) },
    },
    {
      name: 'an unknown code still shows Salesforce’s words',
      error: api(400, 'SOMETHING_NEW', 'A new refusal'),
      expected: { errorCode: 'SOMETHING_NEW', message: 'A new refusal' },
    },
  ])('$name', ({ error, expected }) => {
    expect(explainIngestFailure(error)).toMatchObject(expected);
  });
});
