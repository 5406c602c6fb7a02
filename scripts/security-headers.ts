/**
 * The security headers of the built console, generated in ONE place from the runtime config, so
 * `npm run preview` (scripts/security-headers-plugin.ts), the end-to-end tests and the README's
 * static-server example all mean the same policy (issue 7, Hardening).
 *
 * The policy allows exactly what the console needs: its own scripts, styles, module workers and
 * images (SLDS ships some as data: URIs), and API calls to its own origin (config.json), to
 * Salesforce My Domain hosts, to the demo org and to any extra hosts an operator configures
 * (an Experience Cloud site or a custom domain, say). No inline script, no eval, no framing.
 */

/** Every Salesforce My Domain (`*.my.salesforce.com` also covers `*.develop.`, `*.scratch.`…). */
export const SALESFORCE_CONNECT_SOURCES = [
  'https://*.my.salesforce.com',
  'https://*.sandbox.my.salesforce.com',
] as const;

/** The environment variable that adds hosts to `connect-src`, separated by spaces or commas. */
export const EXTRA_CONNECT_SRC_ENV = 'FORKLIFT_EXTRA_CONNECT_SRC';

export interface SecurityHeaderInput {
  /** The demo org's origin, from the runtime config (`demoOrgUrl`). */
  demoOrgUrl: string;
  /** More origins the console may call: `https://host[:port]`, `https://*.domain`. */
  extraConnectSrc?: readonly string[];
}

/** `https://host[:port]`, optionally with a leading `*.` wildcard label; no path, no query. */
const HTTPS_SOURCE = /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;
/** Plain http is accepted for a local server only (a demo org on another port). */
const LOCAL_HTTP_SOURCE = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/** Checks one origin for `connect-src`; the message names it and the form it must take. */
export function checkedConnectSource(value: string, origin: string): string {
  const source = value.trim().toLowerCase().replace(/\/$/, '');
  if (HTTPS_SOURCE.test(source) || LOCAL_HTTP_SOURCE.test(source)) return source;
  throw new Error(
    `${origin}: "${value}" cannot go into the Content-Security-Policy's connect-src. ` +
      'Give an origin such as "https://login.example.com" or "https://*.example.com" ' +
      '(plain http only for localhost or 127.0.0.1), without a path.',
  );
}

/** Reads `FORKLIFT_EXTRA_CONNECT_SRC` (spaces or commas between origins); empty when unset. */
export function parseExtraConnectSrc(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .filter((item) => item !== '')
    .map((item) => checkedConnectSource(item, EXTRA_CONNECT_SRC_ENV));
}

/** The Content-Security-Policy value, one directive per concern. */
export function contentSecurityPolicy(input: SecurityHeaderInput): string {
  const demoOrg = checkedConnectSource(new URL(input.demoOrgUrl).origin, 'demoOrgUrl');
  const connect = unique([
    "'self'",
    ...SALESFORCE_CONNECT_SOURCES,
    demoOrg,
    ...(input.extraConnectSrc ?? []).map((source) => checkedConnectSource(source, 'extra host')),
  ]);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    // React sets `style={…}` through the CSSOM, which style-src does not govern; no style="" in HTML.
    ['style-src', "'self'"],
    // SLDS's stylesheet carries a few icons and textures as data: URIs.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', ...connect],
    // The parse and prepare workers are module workers built next to the app (design.md §4).
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    // Sign-in leaves by `location.assign` (not governed by form-action); no form posts anywhere.
    ['form-action', "'self'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Every header the console's documents and scripts are served with. Cross-Origin-Opener-Policy
 * is left out on purpose: the "Sign in again" popup comes back to /oauth/callback from the
 * org's login page, and any COOP value on that page (even `same-origin-allow-popups`) would
 * switch browsing context groups there and cut `window.opener`, which hands the code back.
 */
export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(input),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
