import { readJsonItem, type KeyValueStorage } from './key-value-storage';

/**
 * The one sessionStorage key that carries a sign-in across the redirect to Salesforce and back.
 * sessionStorage is per tab, so a callback in another tab finds nothing; the record is removed
 * when read, so `state` and the verifier are single-use. It holds no token.
 */
export const PENDING_LOGIN_STORAGE_KEY = 'forklift.pendingLogin';

/** Authorization codes live minutes (salesforce-api.md §5.2); an older pending login is stale. */
export const PENDING_LOGIN_MAX_AGE_MS = 15 * 60 * 1000;

export interface PendingLogin {
  state: string;
  codeVerifier: string;
  loginUrl: string;
  clientId: string;
  /** Where to go after signing in: a path of this app. */
  returnTo: string;
  createdAt: number;
}

export function savePendingLogin(storage: KeyValueStorage, pending: PendingLogin): void {
  storage.setItem(PENDING_LOGIN_STORAGE_KEY, JSON.stringify(pending));
}

/** Reads and removes the pending login: a second read finds nothing. */
export function takePendingLogin(storage: KeyValueStorage): PendingLogin | undefined {
  const value = readJsonItem(storage, PENDING_LOGIN_STORAGE_KEY);
  storage.removeItem(PENDING_LOGIN_STORAGE_KEY);
  return isPendingLogin(value) ? value : undefined;
}

function isPendingLogin(value: unknown): value is PendingLogin {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    ['state', 'codeVerifier', 'loginUrl', 'clientId', 'returnTo'].every(
      (key) => typeof record[key] === 'string' && record[key] !== '',
    ) && typeof record.createdAt === 'number'
  );
}
