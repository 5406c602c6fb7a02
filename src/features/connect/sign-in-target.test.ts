import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../lib/app-config';
import { connectProblemMessage, resolveSignInTarget, type ConnectForm } from './sign-in-target';

const config: AppConfig = {
  demoOrgUrl: 'http://localhost:4455',
  clientId: 'forklift-console',
  redirectPath: '/oauth/callback',
  apiVersion: '62.0',
};
const withRealKey: AppConfig = { ...config, clientId: '3MVG9.realkey' };
const form = (patch: Partial<ConnectForm>): ConnectForm => ({
  choice: 'my-domain',
  myDomain: '',
  consumerKey: '',
  ...patch,
});

describe('resolveSignInTarget', () => {
  it.each([
    [
      'the demo org',
      config,
      form({ choice: 'demo', myDomain: 'ignored' }),
      { loginUrl: 'http://localhost:4455', clientId: 'forklift-console' },
    ],
    [
      'a My Domain with a typed key',
      config,
      form({ myDomain: 'acme', consumerKey: ' 3MVG9.typed ' }),
      { loginUrl: 'https://acme.my.salesforce.com', clientId: '3MVG9.typed' },
    ],
    [
      'a My Domain with the key from config.json',
      withRealKey,
      form({ myDomain: 'acme--uat.sandbox' }),
      { loginUrl: 'https://acme--uat.sandbox.my.salesforce.com', clientId: '3MVG9.realkey' },
    ],
    [
      'the demo org typed as a My Domain',
      config,
      form({ myDomain: 'http://localhost:4455' }),
      { loginUrl: 'http://localhost:4455', clientId: 'forklift-console' },
    ],
  ])('signs in to %s', (_, appConfig, input, target) => {
    expect(resolveSignInTarget(input, appConfig)).toEqual({ ok: true, target });
  });

  it.each([
    ['no My Domain', config, form({}), { field: 'myDomain', problem: 'empty' }],
    [
      'login.salesforce.com',
      config,
      form({ myDomain: 'login.salesforce.com', consumerKey: 'k' }),
      { field: 'myDomain', problem: 'generic-login-host', host: 'login.salesforce.com' },
    ],
    [
      'a real org without a consumer key while config.json has the demo one',
      config,
      form({ myDomain: 'acme' }),
      { field: 'consumerKey', problem: 'consumer-key-required' },
    ],
  ])('refuses %s', (_, appConfig, input, expected) => {
    expect(resolveSignInTarget(input, appConfig)).toEqual({ ok: false, ...expected });
  });
});

describe('connectProblemMessage', () => {
  it('explains why login.salesforce.com cannot be used and what to type instead', () => {
    const message = connectProblemMessage('generic-login-host', 'login.salesforce.com');
    expect(message).toMatch(/login\.salesforce\.com cannot be used/);
    expect(message).toMatch(/CORS/);
    expect(message).toMatch(/My Domain/);
  });
});
