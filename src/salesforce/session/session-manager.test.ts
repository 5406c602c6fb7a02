import { describe, expect, it, vi } from 'vitest';
import { SalesforceNetworkError } from '../network-error';
import { createMemoryStorage } from './key-value-storage';
import { inProcessLocks, type RefreshLocks } from './refresh-lock';
import { sessionFromTokenResponse } from './session';
import {
  sessionRenewedMessage,
  tokenRefreshedMessage,
  type SessionChannel,
} from './session-broadcast';
import { OAuthRequestError, SessionExpiredError } from './session-errors';
import { createSessionManager } from './session-manager';
import { createSessionStore } from './session-store';
import { createChannelHub } from './test-support/channel-hub';
import {
  recordingOAuthClient,
  tokenResponse,
  type OAuthCall,
} from './test-support/recording-oauth-client';

const ORIGIN = { loginUrl: 'https://acme.my.salesforce.com', clientId: 'key' };
const FIRST = sessionFromTokenResponse(tokenResponse('00D!first', 'rt'), ORIGIN);

function tab(
  answer: (call: OAuthCall) => Promise<ReturnType<typeof tokenResponse> | void>,
  shared: { locks?: RefreshLocks; channel?: SessionChannel } = {},
) {
  const store = createSessionStore(createMemoryStorage());
  store.signIn(FIRST);
  const { client, calls } = recordingOAuthClient(answer);
  const manager = createSessionManager({
    store,
    oauth: client,
    locks: shared.locks ?? inProcessLocks(),
    ...(shared.channel ? { channel: shared.channel } : {}),
  });
  return { store, manager, calls };
}

describe('session refresh', () => {
  it('answers calls refused together with one refresh and keeps the refresh token', async () => {
    const { manager, calls, store } = tab(async () => tokenResponse('00D!second'));
    const [a, b] = await Promise.all([manager.refresh(FIRST), manager.refresh(FIRST)]);
    expect(a.accessToken).toBe('00D!second');
    expect(b).toBe(a);
    expect(calls).toEqual([{ kind: 'refreshToken', endpoints: ORIGIN, refreshToken: 'rt' }]);
    expect(store.getState()).toMatchObject({
      status: 'signed-in',
      session: { refreshToken: 'rt' },
    });
  });

  it('does not refresh a token that was already replaced', async () => {
    const { manager, calls, store } = tab(async () => tokenResponse('unused'));
    store.replaceSession({ ...FIRST, accessToken: '00D!newer' });
    await expect(manager.refresh(FIRST)).resolves.toMatchObject({ accessToken: '00D!newer' });
    expect(calls).toEqual([]);
  });

  it('ends the session when Salesforce refuses the refresh token', async () => {
    const refused = new OAuthRequestError('invalid_grant', 'expired access/refresh token');
    const { manager, store } = tab(() => Promise.reject(refused));
    const attempt = manager.refresh(FIRST);
    await expect(attempt).rejects.toBeInstanceOf(SessionExpiredError);
    await expect(attempt).rejects.toMatchObject({ reason: 'refresh-refused' });
    expect(store.getState()).toMatchObject({ status: 'expired', ended: { orgId: FIRST.orgId } });
  });

  it('keeps the session when the refresh got no answer (offline), so it can be tried again', async () => {
    const offline = new SalesforceNetworkError(ORIGIN.loginUrl, new TypeError('Failed to fetch'));
    const { manager, store } = tab(() => Promise.reject(offline));
    await expect(manager.refresh(FIRST)).rejects.toBe(offline);
    expect(store.getState().status).toBe('signed-in');
  });

  it('ends the session at once when there is no refresh token', async () => {
    const { manager, store, calls } = tab(async () => tokenResponse('unused'));
    const { refreshToken: _, ...withoutRefreshToken } = FIRST;
    store.signIn(withoutRefreshToken);
    await expect(manager.refresh(withoutRefreshToken)).rejects.toMatchObject({
      reason: 'no-refresh-token',
    });
    expect(calls).toEqual([]);
    expect(store.getState().status).toBe('expired');
  });
});

describe('session refresh across tabs', () => {
  it('refreshes once for two tabs of the same org and gives both the new token', async () => {
    const locks = inProcessLocks();
    const hub = createChannelHub();
    const a = tab(async () => tokenResponse('00D!second'), { locks, channel: hub.channel() });
    const b = tab(async () => tokenResponse('00D!unwanted'), { locks, channel: hub.channel() });
    const [fromA, fromB] = await Promise.all([a.manager.refresh(FIRST), b.manager.refresh(FIRST)]);
    expect([fromA.accessToken, fromB.accessToken]).toEqual(['00D!second', '00D!second']);
    expect(a.calls.length + b.calls.length).toBe(1);
    expect(hub.sent).toEqual([tokenRefreshedMessage(fromA, false)]);
  });

  it('takes the token another tab got while its own refresh was refused (rotation)', async () => {
    const hub = createChannelHub();
    const other = hub.channel();
    const rotated = { ...FIRST, accessToken: '00D!rotated', refreshToken: 'rt2' };
    const b = tab(
      async () => {
        other.postMessage(tokenRefreshedMessage(rotated, true));
        throw new OAuthRequestError('invalid_grant', 'expired access/refresh token');
      },
      { channel: hub.channel() },
    );
    await expect(b.manager.refresh(FIRST)).resolves.toMatchObject({
      accessToken: '00D!rotated',
      refreshToken: 'rt2',
    });
    expect(b.store.getState().status).toBe('signed-in');
  });

  it('stops listening to other tabs once disposed', () => {
    const hub = createChannelHub();
    const other = hub.channel();
    const b = tab(async () => undefined, { channel: hub.channel() });
    b.manager.dispose();
    other.postMessage(tokenRefreshedMessage({ ...FIRST, accessToken: '00D!later' }, false));
    expect(b.manager.currentSession()?.accessToken).toBe(FIRST.accessToken);
  });
});

describe('signing in again after the session ended', () => {
  const refused = () =>
    Promise.reject(new OAuthRequestError('invalid_grant', 'expired access/refresh token'));
  const AGAIN = { ...FIRST, accessToken: '00D!again', refreshToken: 'rt-again' };

  it('revives the other tabs whose session ended for the same user, with one sign-in', async () => {
    const hub = createChannelHub();
    const a = tab(refused, { channel: hub.channel() });
    const b = tab(refused, { channel: hub.channel() });
    await expect(a.manager.refresh(FIRST)).rejects.toBeInstanceOf(SessionExpiredError);
    await expect(b.manager.refresh(FIRST)).rejects.toBeInstanceOf(SessionExpiredError);
    a.manager.signIn(AGAIN);
    expect(hub.sent).toEqual([sessionRenewedMessage(AGAIN)]);
    expect(b.store.getState()).toEqual({ status: 'signed-in', session: AGAIN });
  });

  it('leaves a signed-in tab, and a tab of another user, as they are', async () => {
    const hub = createChannelHub();
    const a = tab(refused, { channel: hub.channel() });
    const signedIn = tab(refused, { channel: hub.channel() });
    const otherUser = tab(refused, { channel: hub.channel() });
    otherUser.store.signIn({ ...FIRST, userId: '005000000000002AAA' });
    await expect(otherUser.manager.refresh(FIRST)).rejects.toBeInstanceOf(SessionExpiredError);
    await expect(a.manager.refresh(FIRST)).rejects.toBeInstanceOf(SessionExpiredError);
    a.manager.signIn(AGAIN);
    expect(signedIn.store.getState()).toEqual({ status: 'signed-in', session: FIRST });
    expect(otherUser.store.getState().status).toBe('expired');
  });

  it('tells nobody about an ordinary sign-in from the Connect page', () => {
    const hub = createChannelHub();
    const a = tab(refused, { channel: hub.channel() });
    a.manager.signIn(AGAIN);
    expect(hub.sent).toEqual([]);
    expect(a.store.getState()).toEqual({ status: 'signed-in', session: AGAIN });
  });
});

describe('sign out', () => {
  it('revokes the refresh token and forgets the session', async () => {
    const { manager, calls, store } = tab(async () => undefined);
    await manager.signOut();
    expect(calls).toEqual([{ kind: 'revokeToken', endpoints: ORIGIN, token: 'rt' }]);
    expect(store.getState()).toEqual({ status: 'signed-out' });
  });

  it('forgets the session even when the revoke fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { manager, store } = tab(() =>
      Promise.reject(new SalesforceNetworkError(ORIGIN.loginUrl, new TypeError('offline'))),
    );
    await manager.signOut();
    expect(store.getState()).toEqual({ status: 'signed-out' });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
