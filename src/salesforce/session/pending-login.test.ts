import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './key-value-storage';
import {
  PENDING_LOGIN_STORAGE_KEY,
  savePendingLogin,
  takePendingLogin,
  type PendingLogin,
} from './pending-login';

const pending: PendingLogin = {
  state: 'state-1',
  codeVerifier: 'verifier-1',
  loginUrl: 'https://acme.my.salesforce.com',
  clientId: 'key',
  returnTo: '/loads/new',
  createdAt: 1_700_000_000_000,
};

describe('pending login', () => {
  it('is read back once, then is gone', () => {
    const storage = createMemoryStorage();
    savePendingLogin(storage, pending);
    expect(takePendingLogin(storage)).toEqual(pending);
    expect(takePendingLogin(storage)).toBeUndefined();
    expect(storage.getItem(PENDING_LOGIN_STORAGE_KEY)).toBeNull();
  });

  it('is replaced by a newer sign-in in the same tab', () => {
    const storage = createMemoryStorage();
    savePendingLogin(storage, pending);
    savePendingLogin(storage, { ...pending, state: 'state-2' });
    expect(takePendingLogin(storage)?.state).toBe('state-2');
  });

  it.each(['not json', '{"state":"x"}', '[]', 'null'])(
    'treats a damaged record %j as none and removes it',
    (text) => {
      const storage = createMemoryStorage();
      storage.setItem(PENDING_LOGIN_STORAGE_KEY, text);
      expect(takePendingLogin(storage)).toBeUndefined();
      expect(storage.getItem(PENDING_LOGIN_STORAGE_KEY)).toBeNull();
    },
  );
});
