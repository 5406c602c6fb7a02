import { SalesforceNetworkError } from '../network-error';
import { SalesforceApiError } from '../salesforce-api-error';
import { RETRY_MAX_ATTEMPTS, retryDelay } from './retry-delay';

/** 429 Too Many Requests, and the 5xx family (500 UNKNOWN_EXCEPTION, 503 SERVER_UNAVAILABLE…). */
const TOO_MANY_REQUESTS = 429;
const FIRST_SERVER_ERROR = 500;

/**
 * Worth another attempt: no answer at all, too many requests, or a server error. A 4xx answer is
 * Salesforce's decision and stays one; so does 403 REQUEST_LIMIT_EXCEEDED, the 24-hour API
 * allowance, which a few seconds of backoff cannot restore (salesforce-api.md §1.11).
 */
export function isRetryableFailure(error: unknown): boolean {
  if (error instanceof SalesforceNetworkError) return true;
  if (error instanceof SalesforceApiError) {
    return error.status === TOO_MANY_REQUESTS || error.status >= FIRST_SERVER_ERROR;
  }
  return false;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  /** Waits; tests pass one that records the delay and resolves at once. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface RetryContext {
  /** 1 for the first attempt. */
  attempt: number;
}

/**
 * Runs `call` until it succeeds, fails for good, or runs out of attempts. Only for calls that
 * may safely run twice (design.md §4): never create, never the PUT.
 */
export async function withRetries<T>(
  call: (context: RetryContext) => Promise<T>,
  options: RetryOptions & { signal?: AbortSignal } = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? RETRY_MAX_ATTEMPTS;
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call({ attempt });
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryableFailure(error) || options.signal?.aborted) {
        throw error;
      }
      await sleep(retryDelay(attempt, options.random), options.signal);
    }
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
