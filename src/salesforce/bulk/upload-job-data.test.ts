import { describe, expect, it } from 'vitest';
import type { Session } from '../session/session';
import type { SessionAccess } from '../session/session-manager';
import { putJobData, uploadUrl } from './upload-job-data';
import type { UploadAnswer, UploadRequest } from './upload-transport';

const SESSION: Session = {
  instanceUrl: 'https://acme.my.salesforce.com',
  accessToken: '00D!first',
  issuedAt: 0,
  idUrl: 'https://login.salesforce.com/id/00D/005',
  userId: '005',
  orgId: '00D',
  loginUrl: 'https://acme.my.salesforce.com',
  clientId: 'key',
};
const TARGET = {
  id: '750000000000001AAA',
  contentUrl: 'services/data/v62.0/jobs/ingest/750000000000001AAA/batches',
};
const JSON_TYPE = 'application/json;charset=UTF-8';

/** A transport that answers from a script and records what it was asked to send. */
function scripted(...answers: UploadAnswer[]) {
  const requests: UploadRequest[] = [];
  const transport = async (request: UploadRequest) => {
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error('the script ran out');
    return answer;
  };
  let current = SESSION;
  const sessions: SessionAccess = {
    currentSession: () => current,
    refresh: async () => (current = { ...current, accessToken: '00D!second' }),
  };
  return { requests, deps: { sessions, transport } };
}

const answered = (
  status: number,
  body = '',
  contentType: string | null = JSON_TYPE,
): UploadAnswer => ({
  kind: 'answered',
  status,
  body,
  contentType,
});
const invalidSession = answered(
  401,
  '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]',
);

describe('putJobData', () => {
  it('PUTs the Blob as text/csv with the token to instanceUrl/contentUrl', async () => {
    const { requests, deps } = scripted(answered(201));
    const body = new Blob(['LastName\nLovelace\n']);
    await putJobData(deps, TARGET, body);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      url: `https://acme.my.salesforce.com/${TARGET.contentUrl}`,
      headers: { Authorization: 'Bearer 00D!first', 'Content-Type': 'text/csv' },
      body,
    });
  });

  it('answers 401 INVALID_SESSION_ID with one refresh and one more PUT with the new token', async () => {
    const { requests, deps } = scripted(invalidSession, answered(201));
    await putJobData(deps, TARGET, new Blob(['x']));
    expect(requests.map((r) => r.headers.Authorization)).toEqual([
      'Bearer 00D!first',
      'Bearer 00D!second',
    ]);
  });

  it.each([
    {
      name: 'a 200 instead of 201',
      answer: answered(200),
      expected: { reason: 'unexpected-answer' },
    },
    {
      name: 'an HTML error page',
      answer: answered(500, '<html>oops</html>', 'text/html'),
      expected: { reason: 'refused', apiError: { errorCode: 'HTTP_500' } },
    },
    {
      name: 'a 403 Bad_OAuth_Token (not the REST refusal)',
      answer: answered(403, 'Bad_OAuth_Token', 'text/plain'),
      expected: { reason: 'refused', apiError: { status: 403 } },
    },
    {
      name: 'no answer at all',
      answer: { kind: 'no-answer', reason: 'network' } as const,
      expected: { reason: 'network' },
    },
  ])('reports $name as upload-uncertain after one PUT', async ({ answer, expected }) => {
    const { requests, deps } = scripted(answer);
    await expect(putJobData(deps, TARGET, new Blob(['x']))).rejects.toMatchObject({
      kind: 'upload-uncertain',
      jobId: TARGET.id,
      ...expected,
    });
    expect(requests).toHaveLength(1);
  });

  it('passes progress through from the transport', async () => {
    const seen: number[] = [];
    const { deps } = scripted(answered(201));
    const transport = async (request: UploadRequest) => {
      request.onProgress?.({ loaded: 1, total: 2 });
      request.onProgress?.({ loaded: 2, total: 2 });
      return deps.transport(request);
    };
    await putJobData({ ...deps, transport }, TARGET, new Blob(['xy']), {
      onProgress: (p) => seen.push(p.loaded),
    });
    expect(seen).toEqual([1, 2]);
  });
});

describe('uploadUrl', () => {
  it.each([
    ['https://a.my.salesforce.com', 'services/data/v62.0/x'],
    ['https://a.my.salesforce.com/', 'services/data/v62.0/x'],
    ['https://a.my.salesforce.com', '/services/data/v62.0/x'],
  ])('joins %s and %s with exactly one slash', (instance, content) => {
    expect(uploadUrl(instance, content)).toBe('https://a.my.salesforce.com/services/data/v62.0/x');
  });
});
