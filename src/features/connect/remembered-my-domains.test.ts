import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../salesforce/session/key-value-storage';
import {
  displayHost,
  readRememberedMyDomains,
  rememberMyDomain,
  REMEMBERED_MY_DOMAINS_KEY,
} from './remembered-my-domains';

const ACME = 'https://acme.my.salesforce.com';
const UAT = 'https://acme--uat.sandbox.my.salesforce.com';

describe('remembered My Domains', () => {
  it('lists the most recent first, once each, with its consumer key', () => {
    const storage = createMemoryStorage();
    rememberMyDomain(storage, { loginUrl: ACME, consumerKey: 'key-a' });
    rememberMyDomain(storage, { loginUrl: UAT, consumerKey: 'key-u' });
    rememberMyDomain(storage, { loginUrl: ACME });
    expect(readRememberedMyDomains(storage)).toEqual([
      { loginUrl: ACME, consumerKey: 'key-a' },
      { loginUrl: UAT, consumerKey: 'key-u' },
    ]);
  });

  it('replaces the consumer key of a My Domain with a newly typed one', () => {
    const storage = createMemoryStorage();
    rememberMyDomain(storage, { loginUrl: ACME, consumerKey: 'old' });
    rememberMyDomain(storage, { loginUrl: ACME, consumerKey: 'new' });
    expect(readRememberedMyDomains(storage)).toEqual([{ loginUrl: ACME, consumerKey: 'new' }]);
  });

  it.each(['not json', '{}', '[1, {"consumerKey": "x"}]'])(
    'reads damaged data %j as nothing',
    (text) => {
      const storage = createMemoryStorage();
      storage.setItem(REMEMBERED_MY_DOMAINS_KEY, text);
      expect(readRememberedMyDomains(storage)).toEqual([]);
    },
  );

  it('shows a login URL as a host to type again', () => {
    expect(displayHost(UAT)).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(displayHost('http://localhost:4455')).toBe('http://localhost:4455');
  });
});
