/**
 * jsforce, unmodified, against the running demo org (design.md §5: real clients must work):
 * the password grant, PKCE through the login form, describe, query, and its own refresh on 401.
 */
import { Connection, OAuth2 } from 'jsforce';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from './core/emulator-config';
import { ADMIN, REDIRECT_URI, control, logIn } from './http/demo-org-test-client';
import { freshDemoOrg } from './http/fresh-demo-org';

const demo = freshDemoOrg();

const API_VERSION = '62.0';

/** Signs in the way the console does: jsforce builds the URL, the user fills in the form. */
async function signInWithPkce(): Promise<Connection> {
  const first = new OAuth2({
    loginUrl: demo.url,
    clientId: DEMO_CLIENT_ID,
    redirectUri: REDIRECT_URI,
    useVerifier: true,
  });
  const authorizeUrl = new URL(
    first.getAuthorizationUrl({ state: 'jsforce-state', scope: 'api refresh_token' }),
  );
  expect(authorizeUrl.searchParams.get('code_challenge')).toBeTruthy();
  expect(authorizeUrl.searchParams.has('code_challenge_method')).toBe(false);
  const redirect = await logIn(demo.url, Object.fromEntries(authorizeUrl.searchParams));
  const location = new URL(redirect.headers.get('Location') ?? '');
  expect(location.searchParams.get('state')).toBe('jsforce-state');
  // After the page redirect a new OAuth2 gets the saved verifier back (salesforce-api.md §6.5).
  const second = new OAuth2({
    loginUrl: demo.url,
    clientId: DEMO_CLIENT_ID,
    redirectUri: REDIRECT_URI,
  });
  second.codeVerifier = first.codeVerifier;
  const conn = new Connection({ oauth2: second, version: API_VERSION });
  const user = await conn.authorize(location.searchParams.get('code') ?? '');
  expect(user.organizationId).toBe(demo.org.orgId);
  return conn;
}

describe('jsforce in Node against the demo org', () => {
  it('signs in with the password grant through oauth2.authenticate() and reads describe and records', async () => {
    // jsforce insists on a secret for this grant; the demo client ignores it.
    const oauth2 = new OAuth2({
      loginUrl: demo.url,
      clientId: DEMO_CLIENT_ID,
      clientSecret: 'unused-by-the-demo-org',
    });
    const tokens = await oauth2.authenticate(ADMIN.username, ADMIN.password);
    const conn = new Connection({
      instanceUrl: tokens.instance_url,
      accessToken: tokens.access_token,
      version: API_VERSION,
    });

    const account = await conn.describe('Account');
    expect(account.name).toBe('Account');
    expect(account.fields.find((field) => field.name === 'Name')).toMatchObject({
      type: 'string',
      length: 255,
    });

    const result = await conn.query<{ Id: string; Name: string }>(
      'SELECT Id, Name FROM Account LIMIT 5',
    );
    expect(result.totalSize).toBe(5);
    expect(
      result.records.every((record) => record.Id.startsWith('001') && record.Name.length > 0),
    ).toBe(true);
  });

  it('signs in with PKCE (code_challenge without a method) and reads identity, describe and records', async () => {
    const conn = await signInWithPkce();
    expect(conn.refreshToken).toBeTruthy();
    const identity = await conn.identity();
    expect(identity.username).toBe(ADMIN.username);
    expect((await conn.describe('Contact')).name).toBe('Contact');
    const { records } = await conn.query<{ Name: string }>('SELECT Id, Name FROM Account LIMIT 5');
    expect(records).toHaveLength(5);
  });

  it('refreshes the session on 401 INVALID_SESSION_ID by itself and retries the call', async () => {
    const conn = await signInWithPkce();
    const before = conn.accessToken;
    const refreshed: string[] = [];
    conn.on('refresh', (accessToken: string) => refreshed.push(accessToken));

    await control(demo.url, 'sessions/expire');
    const { records } = await conn.query<{ Id: string }>('SELECT Id FROM Account LIMIT 5');

    expect(records).toHaveLength(5);
    expect(refreshed).toHaveLength(1);
    expect(conn.accessToken).toBe(refreshed[0]);
    expect(conn.accessToken).not.toBe(before);
  });
});
