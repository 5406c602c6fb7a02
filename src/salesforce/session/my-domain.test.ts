import { describe, expect, it } from 'vitest';
import { parseMyDomain, type MyDomainResult } from './my-domain';

const ok = (loginUrl: string): MyDomainResult => ({ ok: true, loginUrl });

describe('parseMyDomain', () => {
  it.each<[string, MyDomainResult]>([
    ['acme', ok('https://acme.my.salesforce.com')],
    ['  ACME  ', ok('https://acme.my.salesforce.com')],
    ['acme--uat.sandbox', ok('https://acme--uat.sandbox.my.salesforce.com')],
    ['acme--uat', ok('https://acme--uat.sandbox.my.salesforce.com')],
    ['acme-dev-ed.develop', ok('https://acme-dev-ed.develop.my.salesforce.com')],
    ['acme.my.salesforce.com', ok('https://acme.my.salesforce.com')],
    ['https://acme.my.salesforce.com/', ok('https://acme.my.salesforce.com')],
    ['https://acme.my.salesforce.com/lightning/setup/Home', ok('https://acme.my.salesforce.com')],
    [
      'https://acme--uat.sandbox.my.salesforce.com/services/oauth2/authorize?x=1',
      ok('https://acme--uat.sandbox.my.salesforce.com'),
    ],
    ['https://acme.lightning.force.com/lightning/page/home', ok('https://acme.my.salesforce.com')],
    ['acme--uat.sandbox.lightning.force.com', ok('https://acme--uat.sandbox.my.salesforce.com')],
    ['acme.my.salesforce-setup.com', ok('https://acme.my.salesforce.com')],
    ['https://acme.my.site.com/partners', ok('https://acme.my.site.com')],
    ['http://localhost:4455/anything', ok('http://localhost:4455')],
  ])('reads %j as a login URL', (input, expected) => {
    expect(parseMyDomain(input)).toEqual(expected);
  });

  it.each<[string, MyDomainResult]>([
    ['', { ok: false, problem: 'empty' }],
    ['   ', { ok: false, problem: 'empty' }],
    [
      'login.salesforce.com',
      { ok: false, problem: 'generic-login-host', host: 'login.salesforce.com' },
    ],
    [
      'https://login.salesforce.com/',
      { ok: false, problem: 'generic-login-host', host: 'login.salesforce.com' },
    ],
    [
      'test.salesforce.com',
      { ok: false, problem: 'generic-login-host', host: 'test.salesforce.com' },
    ],
    [
      'http://acme.my.salesforce.com',
      { ok: false, problem: 'not-https', host: 'acme.my.salesforce.com' },
    ],
    ['acme corp', { ok: false, problem: 'invalid' }],
    ['-acme', { ok: false, problem: 'invalid' }],
    ['https://', { ok: false, problem: 'invalid' }],
    ['https://user:pw@acme.my.salesforce.com', { ok: false, problem: 'invalid' }],
  ])('refuses %j', (input, expected) => {
    expect(parseMyDomain(input)).toEqual(expected);
  });
});
