import { afterEach, describe, expect, it, vi } from 'vitest';
import { SalesforceNetworkError } from '../network-error';
import { SalesforceApiError } from '../salesforce-api-error';
import { RETRY_MAX_ATTEMPTS } from './retry-delay';
import { abortableSleep, isRetryableFailure, withRetries } from './with-retries';

const apiError = (status: number, errorCode: string) =>
  new SalesforceApiError(status, [{ errorCode, message: errorCode }]);

describe('isRetryableFailure', () => {
  it.each([
    {
      name: 'no answer at all',
      error: new SalesforceNetworkError('https://x.test', 'down'),
      retry: true,
    },
    { name: '429 too many requests', error: apiError(429, 'REQUEST_LIMIT_EXCEEDED'), retry: true },
    { name: '500 UNKNOWN_EXCEPTION', error: apiError(500, 'UNKNOWN_EXCEPTION'), retry: true },
    { name: '503 SERVER_UNAVAILABLE', error: apiError(503, 'SERVER_UNAVAILABLE'), retry: true },
    {
      name: '403 REQUEST_LIMIT_EXCEEDED (the daily allowance)',
      error: apiError(403, 'REQUEST_LIMIT_EXCEEDED'),
      retry: false,
    },
    { name: '404 NOT_FOUND', error: apiError(404, 'NOT_FOUND'), retry: false },
    { name: '400 INVALIDJOB', error: apiError(400, 'INVALIDJOB'), retry: false },
    { name: 'a programming error', error: new TypeError('x is undefined'), retry: false },
  ])('$name → retry: $retry', ({ error, retry }) => {
    expect(isRetryableFailure(error)).toBe(retry);
  });
});

describe('withRetries', () => {
  const recordingSleep = () => {
    const waits: number[] = [];
    return { waits, sleep: async (ms: number) => void waits.push(ms) };
  };

  it('retries a retryable failure with growing waits, then returns the answer', async () => {
    const { waits, sleep } = recordingSleep();
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw apiError(503, 'SERVER_UNAVAILABLE');
        return 'ok';
      },
      { sleep, random: () => 0 },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([250, 500]);
  });

  it('gives up after the last attempt and reports the last failure', async () => {
    const { waits, sleep } = recordingSleep();
    let calls = 0;
    const attempt = withRetries(
      async () => {
        calls += 1;
        throw apiError(500, `UNKNOWN_EXCEPTION`);
      },
      { sleep },
    );
    await expect(attempt).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(RETRY_MAX_ATTEMPTS);
    expect(waits).toHaveLength(RETRY_MAX_ATTEMPTS - 1);
  });

  it('does not retry Salesforce’s refusals', async () => {
    const { waits, sleep } = recordingSleep();
    await expect(
      withRetries(async () => Promise.reject(apiError(404, 'NOT_FOUND')), { sleep }),
    ).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(waits).toEqual([]);
  });

  it('stops waiting when the caller aborts', async () => {
    const controller = new AbortController();
    const attempt = withRetries(
      async () => {
        controller.abort(new DOMException('stopped', 'AbortError'));
        throw apiError(503, 'SERVER_UNAVAILABLE');
      },
      { signal: controller.signal },
    );
    await expect(attempt).rejects.toMatchObject({ status: 503 });
  });
});

describe('abortableSleep', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves after the wait, and rejects with the reason as soon as the caller aborts', async () => {
    vi.useFakeTimers();
    const done = abortableSleep(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(done).resolves.toBeUndefined();

    const controller = new AbortController();
    const waiting = abortableSleep(30_000, controller.signal);
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
