import { describe, expect, it } from 'vitest';
import type { Session } from './session';
import { applyTokenMessage, tokenRefreshedMessage } from './session-broadcast';

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
