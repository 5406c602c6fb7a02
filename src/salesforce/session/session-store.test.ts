import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './key-value-storage';
import type { Session } from './session';
import { createSessionStore, SESSION_STORAGE_KEY } from './session-store';

const session: Session = {
  instanceUrl: 'https://acme.my.salesforce.com',
  accessToken: '00D000000000001!at',
  refreshToken: 'rt',
  issuedAt: 1_700_000_000_000,
  idUrl: 'https://acme.my.salesforce.com/id/00D000000000001EAA/005000000000001AAA',
  orgId: '00D000000000001EAA',
  userId: '005000000000001AAA',
  loginUrl: 'https://acme.my.salesforce.com',
  clientId: 'key',
};

describe('session store', () => {
  it('keeps the session under one sessionStorage key, so a reload of the tab keeps it', () => {
    const storage = createMemoryStorage();
    createSessionStore(storage).signIn(session);
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '')).toEqual(session);
    expect(createSessionStore(storage).getState()).toEqual({ status: 'signed-in', session });
  });

  it.each(['', 'not json', '{"accessToken":"x"}', JSON.stringify({ ...session, issuedAt: 'x' })])(
    'starts signed out when the stored value is %j',
    (text) => {
      const storage = createMemoryStorage();
      if (text) storage.setItem(SESSION_STORAGE_KEY, text);
      expect(createSessionStore(storage).getState()).toEqual({ status: 'signed-out' });
    },
  );

  it('forgets the tokens when the session ends but remembers which org it was', () => {
    const storage = createMemoryStorage();
    const store = createSessionStore(storage);
    store.signIn(session);
    store.markExpired();
    expect(store.getState()).toEqual({
      status: 'expired',
      ended: {
        loginUrl: session.loginUrl,
        clientId: 'key',
        orgId: session.orgId,
        userId: session.userId,
      },
    });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('tells subscribers about every change and keeps the snapshot stable in between', () => {
    const store = createSessionStore(createMemoryStorage());
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getState().status));
    const before = store.getState();
    expect(store.getState()).toBe(before);
    store.signIn(session);
    store.replaceSession({ ...session, accessToken: 'new' });
    store.signOut();
    unsubscribe();
    store.signIn(session);
    expect(seen).toEqual(['signed-in', 'signed-in', 'signed-out']);
  });

  it('ignores new tokens once signed out', () => {
    const store = createSessionStore(createMemoryStorage());
    store.replaceSession(session);
    expect(store.getState()).toEqual({ status: 'signed-out' });
  });
});
