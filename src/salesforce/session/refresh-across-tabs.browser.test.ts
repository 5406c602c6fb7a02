/**
 * Two tabs on the same org never both refresh, and one sign-in again revives both (issue 7): two
 * session managers in one page, each with its own real BroadcastChannel and the real Web Locks
 * API, as two tabs would have. A real channel delivers on a later task, unlike the node tests' hub.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStorage } from './key-value-storage';
import { browserRefreshLocks } from './refresh-lock';
import { sessionFromTokenResponse } from './session';
import { OAuthRequestError } from './session-errors';
import { createSessionManager, type SessionManager } from './session-manager';
import { createSessionStore } from './session-store';
import { recordingOAuthClient, tokenResponse } from './test-support/recording-oauth-client';

const ORIGIN = { loginUrl: 'https://acme.my.salesforce.com', clientId: 'key' };
const FIRST = sessionFromTokenResponse(tokenResponse('00D!first', 'rt'), ORIGIN);

const managers: SessionManager[] = [];
afterEach(() => {
  for (const manager of managers.splice(0)) manager.dispose();
});

/** One "tab": its own store, channel and OAuth client; the lock manager is the browser's. */
function tab(channelName: string, answer: () => Promise<ReturnType<typeof tokenResponse>>) {
  const store = createSessionStore(createMemoryStorage());
  store.signIn(FIRST);
  const { client, calls } = recordingOAuthClient(answer);
  const manager = createSessionManager({
    store,
    oauth: client,
    locks: browserRefreshLocks(),
    channel: new BroadcastChannel(channelName),
  });
  managers.push(manager);
  return { store, manager, calls };
}

const slowly = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 30));

describe('refresh across tabs with Web Locks and BroadcastChannel', () => {
  it('uses navigator.locks here, not the in-page fallback', () => {
    expect(typeof navigator.locks?.request).toBe('function');
  });

  it('refreshes once when two tabs find the token refused at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const name = `forklift-session-test-${crypto.randomUUID()}`;
      const a = tab(name, () => slowly(tokenResponse(`00D!from-a-${round}`)));
      const b = tab(name, () => slowly(tokenResponse(`00D!from-b-${round}`)));
      const [fromA, fromB] = await Promise.all([
        a.manager.refresh(FIRST),
        b.manager.refresh(FIRST),
      ]);
      expect(a.calls.length + b.calls.length).toBe(1);
      expect(fromB.accessToken).toBe(fromA.accessToken);
      expect(a.store.getState()).toEqual(b.store.getState());
    }
  });

  it('gives the new token to a tab that was not refreshing, which then needs no refresh', async () => {
    const name = `forklift-session-test-${crypto.randomUUID()}`;
    const a = tab(name, () => slowly(tokenResponse('00D!renewed')));
    const b = tab(name, () => slowly(tokenResponse('unused')));
    await a.manager.refresh(FIRST);
    await expect.poll(() => b.manager.currentSession()?.accessToken).toBe('00D!renewed');
    await expect(b.manager.refresh(FIRST)).resolves.toMatchObject({ accessToken: '00D!renewed' });
    expect(b.calls).toEqual([]);
    expect(b.manager.currentSession()?.refreshToken).toBe('rt');
  });

  it('one sign-in again revives every tab whose session ended for that user', async () => {
    const name = `forklift-session-test-${crypto.randomUUID()}`;
    const refused = () =>
      Promise.reject(new OAuthRequestError('invalid_grant', 'expired access/refresh token'));
    const a = tab(name, refused);
    const b = tab(name, refused);
    await Promise.allSettled([a.manager.refresh(FIRST), b.manager.refresh(FIRST)]);
    expect([a.store.getState().status, b.store.getState().status]).toEqual(['expired', 'expired']);
    const again = { ...FIRST, accessToken: '00D!again', refreshToken: 'rt-again' };
    a.manager.signIn(again);
    await expect.poll(() => b.manager.currentSession()).toEqual(again);
  });
});
