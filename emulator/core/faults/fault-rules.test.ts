import { describe, expect, it } from 'vitest';
import { checkFaultPlan, classifyIngestCall } from './fault-rules';

describe('classifyIngestCall', () => {
  const base = '/services/data/v62.0/jobs/ingest';
  it.each([
    ['POST', base, undefined, 'createJob'],
    ['GET', base, undefined, 'listJobs'],
    ['GET', `${base}/750Fk0000000001AAA`, undefined, 'getJob'],
    ['DELETE', `${base}/750Fk0000000001AAA`, undefined, 'deleteJob'],
    ['PATCH', `${base}/750Fk0000000001AAA`, 'UploadComplete', 'closeJob'],
    ['PATCH', `${base}/750Fk0000000001AAA`, 'Aborted', 'abortJob'],
    ['PUT', `${base}/750Fk0000000001AAA/batches`, undefined, 'uploadData'],
    ['GET', `${base}/750Fk0000000001AAA/successfulResults`, undefined, 'successfulResults'],
    ['GET', `${base}/750Fk0000000001AAA/failedResults/`, undefined, 'failedResults'],
    ['GET', `${base}/750Fk0000000001AAA/unprocessedRecords`, undefined, 'unprocessedrecords'],
    ['GET', '/services/data/v62.0/query', undefined, undefined],
  ])('%s %s is %s', (method, path, state, call) => {
    expect(classifyIngestCall(method, path, state)).toBe(call);
  });
});

describe('checkFaultPlan', () => {
  it('accepts every kind of rule', () => {
    const plan = {
      seed: 4,
      rules: [
        { kind: 'status', status: 503, match: { call: 'getJob' }, times: 2, after: 1, rate: 0.5 },
        { kind: 'drop-connection', match: { call: 'uploadData' } },
        { kind: 'slow', delayMs: 100 },
        { kind: 'expire-session' },
        { kind: 'lock-rows', share: 0.1, object: 'Contact' },
        { kind: 'fail-job', afterRows: 10 },
      ],
    };
    expect(checkFaultPlan(plan)).toEqual({ ok: true, plan });
  });

  it.each([
    [null, 'body must be {"seed"?, "rules": [...]}'],
    [{ seed: 1.5, rules: [] }, 'seed must be an integer'],
    [{ rules: {} }, 'rules must be an array'],
    [{ rules: [{ kind: 'status', status: 302 }] }, 'rules[0]: status must be 400–599'],
    [{ rules: [{ kind: 'slow' }] }, 'rules[0]: delayMs must be a non-negative number'],
    [{ rules: [{ kind: 'lock-rows', share: 2 }] }, 'rules[0]: share must be between 0 and 1'],
    [{ rules: [{ kind: 'fail-job' }] }, 'rules[0]: afterRows must be a whole number'],
    [
      { rules: [{ kind: 'status', status: 500, times: -1 }] },
      'rules[0]: after and times must be whole numbers',
    ],
    [
      { rules: [{ kind: 'status', status: 500, match: { call: 'query' } }] },
      expect.stringMatching(/^rules\[0\]: match.call must be one of/),
    ],
    [{ rules: [{ kind: 'explode' }] }, expect.stringMatching(/^rules\[0\]: kind must be/)],
  ])('refuses %j', (plan, error) => {
    expect(checkFaultPlan(plan)).toEqual({ ok: false, error });
  });
});
