import { describe, expect, it } from 'vitest';
import type { Session } from './session';
import {
  applyRenewedSession,
  applyTokenMessage,
  sessionRenewedMessage,
  tokenRefreshedMessage,
} from './session-broadcast';
import type { EndedSession } from './session-store';

const session: Session = {
  instanceUrl: 'https://acme.my.salesforce.com',
  accessToken: '00D!old',
  refreshToken: 'rt',
  issuedAt: 1,
  idUrl: 'https://acme.my.salesforce.com/id/00DA/005A',
  orgId: '00DA',
  userId: '005A',
  loginUrl: 'https://acme.my.salesforce.com',
  clientId: 'key',
};
const refreshed = tokenRefreshedMessage({ ...session, accessToken: '00D!new', issuedAt: 2 }, false);

describe('applyTokenMessage', () => {
  it('takes the new access token of the same user of the same org', () => {
    expect(applyTokenMessage(session, refreshed)).toEqual({
      ...session,
      accessToken: '00D!new',
      issuedAt: 2,
    });
  });

  it('takes a rotated refresh token too', () => {
    const rotated = tokenRefreshedMessage(
      { ...session, accessToken: 'n', refreshToken: 'rt2' },
      true,
    );
    expect(applyTokenMessage(session, rotated)?.refreshToken).toBe('rt2');
  });

  it.each([
    ['another org', { ...refreshed, orgId: '00DB' }],
    ['another user', { ...refreshed, userId: '005B' }],
    ['another login host', { ...refreshed, loginUrl: 'https://other.my.salesforce.com' }],
    ['the token it already has', { ...refreshed, accessToken: '00D!old' }],
    ['a message of another kind', { type: 'hello' }],
    ['a damaged message', { ...refreshed, issuedAt: 'soon' }],
  ])('ignores %s', (_, message) => {
    expect(applyTokenMessage(session, message)).toBeUndefined();
  });
});

describe('applyRenewedSession', () => {
  const ended: EndedSession = {
    loginUrl: session.loginUrl,
    clientId: session.clientId,
    orgId: session.orgId,
    userId: session.userId,
  };
  const renewed = { ...session, accessToken: '00D!signed-in-again', refreshToken: 'rt-new' };

  it('gives a tab whose session ended the new session of the same user of the same org', () => {
    expect(applyRenewedSession(ended, sessionRenewedMessage(renewed))).toEqual(renewed);
  });

  it.each([
    ['another org', { ...renewed, orgId: '00DB' }],
    ['another user', { ...renewed, userId: '005B' }],
    ['another login host', { ...renewed, loginUrl: 'https://other.my.salesforce.com' }],
    ['another consumer key', { ...renewed, clientId: 'other-key' }],
    ['a damaged session', { ...renewed, accessToken: '' }],
  ])('ignores a session of %s', (_, other) => {
    expect(
      applyRenewedSession(ended, sessionRenewedMessage(other as typeof renewed)),
    ).toBeUndefined();
  });

  it('ignores a refreshed token: there is no session in this tab to refresh', () => {
    expect(applyRenewedSession(ended, refreshed)).toBeUndefined();
  });
});
