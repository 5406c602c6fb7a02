import { describe, expect, it } from 'vitest';
import { parseIdentityUrl, sessionFromTokenResponse, withRefreshedToken } from './session';

const ID_URL = 'http://localhost:4455/id/00D000000000001EAA/005000000000001AAA';

describe('parseIdentityUrl', () => {
  it.each([
    [ID_URL, { orgId: '00D000000000001EAA', userId: '005000000000001AAA' }],
    [
      'https://login.salesforce.com/id/00D36000001HDi3EAG/00536000002PmoeAAC',
      { orgId: '00D36000001HDi3EAG', userId: '00536000002PmoeAAC' },
    ],
    ['https://login.salesforce.com/00D/005', undefined],
    ['not a url', undefined],
  ])('reads %s', (idUrl, expected) => {
    expect(parseIdentityUrl(idUrl)).toEqual(expected);
  });
});

describe('sessionFromTokenResponse', () => {
  const token = {
    access_token: '00D000000000001!first',
    refresh_token: '5Aep861first',
    instance_url: 'http://localhost:4455/',
    id: ID_URL,
    issued_at: '1700000000000',
  };
  const origin = { loginUrl: 'http://localhost:4455', clientId: 'forklift-console' };

  it('reads Salesforce token response fields, with issued_at as a number', () => {
    expect(sessionFromTokenResponse(token, origin)).toEqual({
      instanceUrl: 'http://localhost:4455',
      accessToken: '00D000000000001!first',
      refreshToken: '5Aep861first',
      issuedAt: 1_700_000_000_000,
      idUrl: ID_URL,
      orgId: '00D000000000001EAA',
      userId: '005000000000001AAA',
      ...origin,
    });
  });

  it('keeps the refresh token when a refresh does not rotate it', () => {
    const session = sessionFromTokenResponse(token, origin);
    const { refresh_token: _, ...refreshed } = { ...token, access_token: 'second', issued_at: '2' };
    expect(withRefreshedToken(session, refreshed)).toMatchObject({
      accessToken: 'second',
      refreshToken: '5Aep861first',
      issuedAt: 2,
    });
  });

  it('refuses a response without a usable identity URL', () => {
    expect(() => sessionFromTokenResponse({ ...token, id: 'x' }, origin)).toThrow(/identity URL/);
  });
});
