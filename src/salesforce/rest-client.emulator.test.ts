/** The REST client against the demo org over HTTP: errors, refresh on a refused token, sharing. */
import { describe, expect, it } from 'vitest';
import {
  authorizationCode,
  control,
  exchangeCode,
  newVerifier,
  type TokenBody,
} from '../../emulator/http/demo-org-test-client';
import { freshDemoOrg } from '../../emulator/http/fresh-demo-org';
import { USERINFO_PATH } from './org-identity';
import { SalesforceApiError } from './salesforce-api-error';
import { createJsforceOAuthClient, type OAuthClient } from './session/oauth-client';
import { sessionFromTokenResponse } from './session/session';
import { SessionExpiredError } from './session/session-errors';
import { createMemorySalesforceServices } from './test-support/memory-salesforce-services';

const demo = freshDemoOrg();

/** The real jsforce client, counting refreshes. */
function countingOAuthClient() {
  const real = createJsforceOAuthClient();
  const counts = { refresh: 0 };
  const client: OAuthClient = {
    ...real,
    refreshToken: (endpoints, token) => {
      counts.refresh += 1;
      return real.refreshToken(endpoints, token);
    },
  };
  return { client, counts };
}

async function signedInServices() {
  const { client: oauth, counts } = countingOAuthClient();
  const services = createMemorySalesforceServices({ oauth });
  // The authorization-code flow: the password grant gives no refresh token, as in real orgs.
  const { verifier, challenge } = newVerifier();
  const code = await authorizationCode(demo.url, challenge, { scope: 'api refresh_token' });
  const token = (await (await exchangeCode(demo.url, code, verifier)).json()) as TokenBody;
  services.sessions.store.signIn(
    sessionFromTokenResponse(token, { loginUrl: demo.url, clientId: 'forklift-console' }),
  );
  return { services, counts };
}

describe('Salesforce REST client', () => {
  it('turns a REST error array into a SalesforceApiError', async () => {
    const { services } = await signedInServices();
    const attempt = services.client.json(
      services.client.dataPath('/sobjects/NoSuchObject__c/describe'),
    );
    await expect(attempt).rejects.toBeInstanceOf(SalesforceApiError);
    await expect(attempt).rejects.toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
  });

  it('reports a SOQL error with Salesforce’s code', async () => {
    const { services } = await signedInServices();
    const attempt = services.client.query('SELECT NoSuchField__c FROM Account');
    await expect(attempt).rejects.toMatchObject({ status: 400, errorCode: 'INVALID_FIELD' });
  });

  it('answers calls refused together after expiry with one refresh, then retries each', async () => {
    const { services, counts } = await signedInServices();
    await control(demo.url, 'sessions/expire');
    const soql = 'SELECT Id, Name, IsSandbox FROM Organization';
    const [a, b] = await Promise.all([services.client.query(soql), services.client.query(soql)]);
    expect([a.totalSize, b.totalSize]).toEqual([1, 1]);
    expect(counts.refresh).toBe(1);
  });

  it('refreshes on userinfo’s 403 Bad_OAuth_Token too', async () => {
    const { services, counts } = await signedInServices();
    await control(demo.url, 'sessions/expire');
    const user = await services.client.json<{ preferred_username: string }>(USERINFO_PATH);
    expect(user.preferred_username).toBe('admin@forklift.demo');
    expect(counts.refresh).toBe(1);
  });

  it('says there is no session when nobody signed in', async () => {
    const services = createMemorySalesforceServices();
    await expect(services.client.query('SELECT Id FROM Organization')).rejects.toMatchObject({
      name: 'SessionExpiredError',
      reason: 'signed-out',
    });
    await expect(services.client.query('SELECT Id FROM Organization')).rejects.toBeInstanceOf(
      SessionExpiredError,
    );
  });
});
