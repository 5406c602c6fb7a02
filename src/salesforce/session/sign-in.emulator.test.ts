/**
 * The whole sign-in over HTTP against the demo org (design.md §7): our PKCE and authorize URL,
 * its login form, our state check and single exchange through jsforce's OAuth2, refresh on a
 * refused token, and sign-out. Nothing here is mocked.
 */
import { describe, expect, it } from 'vitest';
import { control, logIn, REDIRECT_URI } from '../../../emulator/http/demo-org-test-client';
import { freshDemoOrg } from '../../../emulator/http/fresh-demo-org';
import { startEmulator } from '../../../emulator/server';
import { fetchOrgIdentity } from '../org-identity';
import type { SalesforceServices } from '../salesforce-services';
import { createMemorySalesforceServices } from '../test-support/memory-salesforce-services';
import { readCallbackParams } from './callback-params';
import { createJsforceOAuthClient } from './oauth-client';
import { beginLogin, completeLogin } from './login-flow';
import { PENDING_LOGIN_STORAGE_KEY, savePendingLogin, type PendingLogin } from './pending-login';
import { createCodeVerifier } from './pkce';
import { OAuthRequestError, SessionExpiredError } from './session-errors';
import { SalesforceNetworkError } from '../network-error';
import { signedInSession } from './session-store';

const CLIENT_ID = 'forklift-console';
const demo = freshDemoOrg();

/** Runs our side of the flow around the demo org's login form; returns the callback query. */
async function signInThroughLoginForm(services: SalesforceServices, returnTo = '/jobs') {
  const authorizeUrl = await beginLogin(services.tabStorage, {
    loginUrl: demo.url,
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    returnTo,
  });
  const redirect = await logIn(demo.url, Object.fromEntries(new URL(authorizeUrl).searchParams));
  expect(redirect.status).toBe(302);
  const location = new URL(redirect.headers.get('Location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
  return location.search;
}

async function signedIn() {
  const services = createMemorySalesforceServices();
  const params = readCallbackParams(await signInThroughLoginForm(services));
  if (params.kind !== 'code') throw new Error(`no code: ${JSON.stringify(params)}`);
  const done = await completeLogin(params, {
    storage: services.tabStorage,
    oauth: services.oauth,
    redirectUri: REDIRECT_URI,
  });
  services.sessions.store.signIn(done.session);
  return { services, done, params };
}

describe('sign-in to the demo org', () => {
  it('exchanges the code with the verifier and reads the org, badge and user', async () => {
    const { services, done } = await signedIn();
    expect(done.returnTo).toBe('/jobs');
    expect(done.session).toMatchObject({
      instanceUrl: demo.url,
      loginUrl: demo.url,
      clientId: CLIENT_ID,
    });
    expect(done.session.accessToken).toMatch(/^00D\w{12,15}!/);
    const identity = await fetchOrgIdentity(services.client);
    expect(identity).toMatchObject({
      orgId: done.session.orgId,
      userId: done.session.userId,
      username: 'admin@forklift.demo',
      isSandbox: true,
    });
    expect(identity.orgName).toBe('Forklift Demo');
    expect(identity.timeZone).not.toBe('');
  });

  it('refuses a callback whose state is not this tab’s, before any exchange', async () => {
    const services = createMemorySalesforceServices();
    const params = readCallbackParams(await signInThroughLoginForm(services));
    if (params.kind !== 'code') throw new Error('no code');
    const pending = JSON.parse(
      services.tabStorage.getItem(PENDING_LOGIN_STORAGE_KEY) ?? '',
    ) as PendingLogin;
    const attempt = completeLogin(
      { code: params.code, state: 'another-tab' },
      { storage: services.tabStorage, oauth: services.oauth, redirectUri: REDIRECT_URI },
    );
    await expect(attempt).rejects.toMatchObject({ kind: 'state-mismatch' });
    // The code was never spent: the demo org still exchanges it.
    const token = await services.oauth.requestToken(
      { loginUrl: demo.url, clientId: CLIENT_ID, redirectUri: REDIRECT_URI },
      params.code,
      pending.codeVerifier,
    );
    expect(token.access_token).toMatch(/^00D/);
  });

  it('reports a verifier the org does not accept as a refused sign-in', async () => {
    const services = createMemorySalesforceServices();
    const params = readCallbackParams(await signInThroughLoginForm(services));
    if (params.kind !== 'code') throw new Error('no code');
    const pending = JSON.parse(
      services.tabStorage.getItem(PENDING_LOGIN_STORAGE_KEY) ?? '',
    ) as PendingLogin;
    savePendingLogin(services.tabStorage, { ...pending, codeVerifier: createCodeVerifier() });
    const attempt = completeLogin(params, {
      storage: services.tabStorage,
      oauth: services.oauth,
      redirectUri: REDIRECT_URI,
    });
    await expect(attempt).rejects.toMatchObject({
      kind: 'token-error',
      oauthError: 'invalid_request',
    });
  });

  it('cannot spend a code twice: the org refuses a replay with invalid_grant', async () => {
    const { params, services } = await signedIn();
    if (params.kind !== 'code') throw new Error('no code');
    const replay = services.oauth.requestToken(
      { loginUrl: demo.url, clientId: CLIENT_ID, redirectUri: REDIRECT_URI },
      params.code,
      'any-verifier-of-forty-three-characters-or-more-xx',
    );
    await expect(replay).rejects.toBeInstanceOf(OAuthRequestError);
    await expect(replay).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});

describe('a session the org stops accepting', () => {
  it('is refreshed once and the call goes through', async () => {
    const { services, done } = await signedIn();
    await control(demo.url, 'sessions/expire');
    const identity = await fetchOrgIdentity(services.client);
    expect(identity.username).toBe('admin@forklift.demo');
    const now = signedInSession(services.sessions.store.getState());
    expect(now?.accessToken).not.toBe(done.session.accessToken);
    expect(now?.refreshToken).toBe(done.session.refreshToken);
  });

  it('ends, keeping which org it was, when the refresh token is revoked too', async () => {
    const { services, done } = await signedIn();
    await control(demo.url, 'sessions/expire', { revokeRefresh: true });
    await expect(fetchOrgIdentity(services.client)).rejects.toBeInstanceOf(SessionExpiredError);
    expect(services.sessions.store.getState()).toEqual({
      status: 'expired',
      ended: {
        loginUrl: demo.url,
        clientId: CLIENT_ID,
        orgId: done.session.orgId,
        userId: done.session.userId,
      },
    });
  });
});

describe('sign out', () => {
  it('revokes the refresh token, so neither token works afterwards', async () => {
    const { services, done } = await signedIn();
    await services.sessions.signOut();
    expect(services.sessions.store.getState()).toEqual({ status: 'signed-out' });
    const endpoints = { loginUrl: demo.url, clientId: CLIENT_ID };
    await expect(
      services.oauth.refreshToken(endpoints, done.session.refreshToken ?? ''),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    const api = await fetch(`${demo.url}/services/data/v62.0/limits`, {
      headers: { Authorization: `Bearer ${done.session.accessToken}` },
    });
    expect(api.status).toBe(401);
  });
});

describe('an org that cannot be reached', () => {
  it('fails the token call with a network error instead of hanging', async () => {
    const closed = await startEmulator({ port: 0 });
    await closed.close();
    const attempt = createJsforceOAuthClient().refreshToken(
      { loginUrl: closed.url, clientId: CLIENT_ID },
      'rt',
    );
    await expect(attempt).rejects.toBeInstanceOf(SalesforceNetworkError);
    await expect(attempt).rejects.toMatchObject({ origin: closed.url });
  });
});
