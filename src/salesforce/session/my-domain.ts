/**
 * Turns what a user types as "My Domain" into the login URL the whole OAuth flow runs on.
 * Salesforce offers CORS on its OAuth endpoints only on My Domain and Experience Cloud hosts,
 * never on login.salesforce.com / test.salesforce.com (salesforce-api.md §5.1, §5.5).
 */

export type MyDomainProblem = 'empty' | 'generic-login-host' | 'not-https' | 'invalid';

export type MyDomainResult =
  { ok: true; loginUrl: string } | { ok: false; problem: MyDomainProblem; host?: string };

const MY_DOMAIN_SUFFIX = 'my.salesforce.com';
/** Hosts that sign in any org: no CORS on their OAuth endpoints (salesforce-api.md §5.5). */
const GENERIC_LOGIN_HOSTS = new Set(['login.salesforce.com', 'test.salesforce.com']);
/** Enhanced-domain kinds that sit between the My Domain name and `my.salesforce.com`. */
const DOMAIN_KINDS = new Set(['sandbox', 'develop', 'scratch', 'demo', 'trailblaze', 'patch']);
/** Other hosts of the same org, as users copy them from the address bar. */
const SAME_ORG_SUFFIXES = ['.lightning.force.com', '.my.salesforce-setup.com'];
const NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** `acme`, `acme--uat.sandbox`, `acme.my.salesforce.com` or a full URL → its origin. */
export function parseMyDomain(input: string): MyDomainResult {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.includes('://')) return fromUrl(text);
  if (/[./:]/.test(text)) return fromUrl(`https://${text}`);
  return fromHost(text);
}

function fromUrl(text: string): MyDomainResult {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, problem: 'invalid' };
  // Plain http only for a local server (a demo org on another port, say).
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) {
    return { ok: true, loginUrl: url.origin };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https', host: url.host };
  if (url.port !== '') return { ok: true, loginUrl: url.origin };
  return fromHost(url.hostname);
}

function fromHost(host: string): MyDomainResult {
  if (GENERIC_LOGIN_HOSTS.has(host)) return { ok: false, problem: 'generic-login-host', host };
  const labels = host.split('.');
  if (labels.some((label) => !NAME.test(label))) return { ok: false, problem: 'invalid' };
  const [name, kind] = labels;
  if (name === undefined) return { ok: false, problem: 'invalid' };
  if (labels.length === 1) {
    // Every sandbox My Domain is `<name>--<sandbox>.sandbox.my.salesforce.com` (enhanced domains).
    const sandbox = name.includes('--') ? '.sandbox' : '';
    return myDomain(`${name}${sandbox}`);
  }
  if (labels.length === 2 && kind !== undefined && DOMAIN_KINDS.has(kind)) {
    return myDomain(`${name}.${kind}`);
  }
  const sameOrg = SAME_ORG_SUFFIXES.find((suffix) => host.endsWith(suffix));
  if (sameOrg) return myDomain(host.slice(0, -sameOrg.length));
  if (labels.length < 2) return { ok: false, problem: 'invalid' };
  // A My Domain, an Experience Cloud site or a custom domain: the flow runs on it as typed.
  return { ok: true, loginUrl: `https://${host}` };
}

function myDomain(prefix: string): MyDomainResult {
  return { ok: true, loginUrl: `https://${prefix}.${MY_DOMAIN_SUFFIX}` };
}
