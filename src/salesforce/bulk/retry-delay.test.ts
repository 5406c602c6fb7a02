import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS, retryDelay } from './retry-delay';

const attempts = fc.integer({ min: 1, max: 10_000 });
const randoms = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const capOf = (attempt: number) =>
  Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** (attempt - 1));

describe('retryDelay', () => {
  it('waits between half the step and the whole step, and never past the maximum', () => {
    fc.assert(
      fc.property(attempts, randoms, (attempt, r) => {
        const delay = retryDelay(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(capOf(attempt) / 2));
        expect(delay).toBeLessThanOrEqual(capOf(attempt));
        expect(delay).toBeLessThanOrEqual(RETRY_MAX_DELAY_MS);
      }),
    );
  });

  it('never waits less for a later retry given the same jitter', () => {
    fc.assert(
      fc.property(attempts, randoms, (attempt, r) => {
        expect(retryDelay(attempt + 1, () => r)).toBeGreaterThanOrEqual(
          retryDelay(attempt, () => r),
        );
      }),
    );
  });

  it('spreads retries that failed together across the jitter range', () => {
    fc.assert(
      fc.property(attempts, (attempt) => {
        const low = retryDelay(attempt, () => 0);
        const high = retryDelay(attempt, () => 0.999_999);
        expect(high - low).toBeGreaterThanOrEqual(Math.floor(capOf(attempt) / 2) - 1);
      }),
    );
  });

  it.each([
    { attempt: 1, r: 0, expected: 250 },
    { attempt: 1, r: 0.5, expected: 375 },
    { attempt: 2, r: 0, expected: 500 },
    { attempt: 4, r: 0, expected: 2000 },
    { attempt: 20, r: 0, expected: RETRY_MAX_DELAY_MS / 2 },
  ])('retry $attempt with jitter $r waits $expected ms', ({ attempt, r, expected }) => {
    expect(retryDelay(attempt, () => r)).toBe(expected);
  });
});
