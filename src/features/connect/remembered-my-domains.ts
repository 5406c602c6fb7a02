import type { KeyValueStorage } from '../../salesforce/session/key-value-storage';
import { readJsonItem } from '../../salesforce/session/key-value-storage';

/**
 * The My Domains signed in to from this browser, each with the consumer key used there. Kept in
 * localStorage because neither is a secret (a consumer key is public in a PKCE app); tokens never
 * go here (docs/decisions/0003-session-storage.md).
 */
export const REMEMBERED_MY_DOMAINS_KEY = 'forklift.myDomains';
const MAX_REMEMBERED = 10;

export interface RememberedMyDomain {
  loginUrl: string;
  consumerKey?: string;
}

export function readRememberedMyDomains(storage: KeyValueStorage): RememberedMyDomain[] {
  const value = readJsonItem(storage, REMEMBERED_MY_DOMAINS_KEY);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { loginUrl, consumerKey } = item as Record<string, unknown>;
    if (typeof loginUrl !== 'string') return [];
    return [{ loginUrl, ...(typeof consumerKey === 'string' ? { consumerKey } : {}) }];
  });
}

/** Most recent first; a typed consumer key replaces the remembered one for that My Domain. */
export function rememberMyDomain(storage: KeyValueStorage, entry: RememberedMyDomain): void {
  const previous = readRememberedMyDomains(storage);
  const consumerKey =
    entry.consumerKey ?? previous.find((item) => item.loginUrl === entry.loginUrl)?.consumerKey;
  const next = [
    { loginUrl: entry.loginUrl, ...(consumerKey ? { consumerKey } : {}) },
    ...previous.filter((item) => item.loginUrl !== entry.loginUrl),
  ].slice(0, MAX_REMEMBERED);
  storage.setItem(REMEMBERED_MY_DOMAINS_KEY, JSON.stringify(next));
}

/** The host as the user would type it again: `acme.my.salesforce.com`. */
export function displayHost(loginUrl: string): string {
  return loginUrl.replace(/^https:\/\//, '');
}
