import { describe, expect, it } from 'vitest';
import { FaultState } from './fault-state';

const jobs: Record<string, { id: string; objectName: string }> = {
  J1: { id: 'J1', objectName: 'Contact' },
  J2: { id: 'J2', objectName: 'Account' },
};
const state = () => new FaultState((id) => jobs[id]);
const call = (path = '/services/data/v62.0/jobs/ingest', method = 'GET') => ({
  method,
  path,
  call: undefined,
});

describe('FaultState', () => {
  it('fires after skipping `after` calls, at most `times` times', () => {
    const faults = state();
    faults.set({ rules: [{ kind: 'status', status: 500, after: 1, times: 2 }] });
    const fired = Array.from({ length: 5 }, () => faults.decide(call()).terminal !== undefined);
    expect(fired).toEqual([false, true, true, false, false]);
    expect(faults.describe().rules[0]).toMatchObject({ seen: 5, fired: 2 });
  });

  it('matches on method, call and path patterns', () => {
    const faults = state();
    faults.set({
      rules: [
        { kind: 'status', status: 503, match: { method: 'put', path: '/jobs/ingest/*/batches' } },
      ],
    });
    expect(
      faults.decide(call('/services/data/v62.0/jobs/ingest/750x/batches', 'PUT')).terminal,
    ).toBeDefined();
    expect(
      faults.decide(call('/services/data/v62.0/jobs/ingest/750x/batches', 'GET')).terminal,
    ).toBeUndefined();
    expect(
      faults.decide(call('/services/data/v62.0/jobs/ingest/750x', 'PUT')).terminal,
    ).toBeUndefined();
  });

  it('adds slow delays and stops at the first terminal rule', () => {
    const faults = state();
    faults.set({
      rules: [
        { kind: 'slow', delayMs: 100 },
        { kind: 'slow', delayMs: 50 },
        { kind: 'expire-session' },
        { kind: 'status', status: 500 },
      ],
    });
    expect(faults.decide(call())).toEqual({ delayMs: 150, terminal: { kind: 'expire-session' } });
  });

  it('fails the same rows of a job for the same seed, about the share asked, on the chosen object only', () => {
    const faults = state();
    faults.set({ seed: 9, rules: [{ kind: 'lock-rows', share: 0.2, object: 'Contact' }] });
    const failing = (jobId: string) =>
      Array.from({ length: 1000 }, (_, i) => i).filter((i) => faults.lockFails(jobId, i));
    const first = failing('J1');
    expect(first.length).toBeGreaterThan(150);
    expect(first.length).toBeLessThan(250);
    expect(failing('J1')).toEqual(first);
    expect(failing('J2')).toEqual([]);
  });

  it('tells when a job should fail half-way, with a default message', () => {
    const faults = state();
    expect(faults.failAfter('J1')).toBeUndefined();
    faults.set({ rules: [{ kind: 'fail-job', afterRows: 10, jobId: 'J2' }] });
    expect(faults.failAfter('J1')).toBeUndefined();
    expect(faults.failAfter('J2')).toEqual({
      rows: 10,
      message: 'InvalidBatch : Max retry limit of 20 exceeded for batch',
    });
  });
});
