import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { servedDemoOrgUrl } from './security-headers-plugin.ts';
import {
  checkedConnectSource,
  contentSecurityPolicy,
  parseExtraConnectSrc,
  securityHeaders,
} from './security-headers.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy({ demoOrgUrl: 'http://localhost:4455/' }));

  it('allows scripts, styles, fonts and workers from the console itself only', () => {
    for (const name of ['default-src', 'script-src', 'style-src', 'font-src', 'worker-src'])
      expect(policy.get(name), name).toEqual(["'self'"]);
  });

  it('lets the console call itself, every My Domain and the demo org, by origin', () => {
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://*.my.salesforce.com',
      'https://*.sandbox.my.salesforce.com',
      'http://localhost:4455',
    ]);
  });

  it('refuses framing, plugins and a foreign <base>, and keeps form posts home', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it("never allows inline script or eval, and images only from itself and SLDS's data: URIs", () => {
    const text = contentSecurityPolicy({ demoOrgUrl: 'http://localhost:4455' });
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|blob:|\*(?!\.)/);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('adds the configured extra hosts once each', () => {
    const extra = directives(
      contentSecurityPolicy({
        demoOrgUrl: 'https://demo.example.com',
        extraConnectSrc: ['https://site.force.com', 'https://*.my.salesforce.com'],
      }),
    ).get('connect-src');
    expect(extra).toEqual([
      "'self'",
      'https://*.my.salesforce.com',
      'https://*.sandbox.my.salesforce.com',
      'https://demo.example.com',
      'https://site.force.com',
    ]);
  });

  it('refuses a demo org URL that would not be a safe source', () => {
    expect(() => contentSecurityPolicy({ demoOrgUrl: 'http://demo.example.com' })).toThrow(
      /demoOrgUrl: "http:\/\/demo.example.com" cannot go into/,
    );
  });
});

describe('parseExtraConnectSrc', () => {
  it('reads origins separated by spaces or commas, and nothing when unset', () => {
    expect(parseExtraConnectSrc(undefined)).toEqual([]);
    expect(parseExtraConnectSrc('  ')).toEqual([]);
    expect(parseExtraConnectSrc('https://A.example.com/, https://*.example.org:8443  ')).toEqual([
      'https://a.example.com',
      'https://*.example.org:8443',
    ]);
  });

  it.each([
    ['a directive smuggled in', "https://a.example.com; script-src 'unsafe-inline'"],
    ['a path', 'https://a.example.com/api'],
    ['plain http to a remote host', 'http://a.example.com'],
    ['a bare wildcard', 'https://*'],
    ['a keyword', "'unsafe-eval'"],
  ])('refuses %s, naming the variable', (_, value) => {
    expect(() => parseExtraConnectSrc(value)).toThrow(
      /FORKLIFT_EXTRA_CONNECT_SRC: .* without a path/,
    );
  });

  it('accepts plain http for a local server', () => {
    expect(checkedConnectSource('http://127.0.0.1:4455', 'test')).toBe('http://127.0.0.1:4455');
  });
});

describe('securityHeaders', () => {
  it('sends the policy with no-referrer and nosniff, and no opener policy (the sign-in popup)', () => {
    const headers = securityHeaders({ demoOrgUrl: 'http://localhost:4455' });
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('servedDemoOrgUrl', () => {
  afterEach(() => void vi.unstubAllEnvs());

  it('takes FORKLIFT_DEMO_ORG_URL first, then the first config.json that exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forklift-headers-'));
    const built = join(dir, 'config.json');
    writeFileSync(built, JSON.stringify({ demoOrgUrl: 'https://demo.example.com' }));
    vi.stubEnv('FORKLIFT_DEMO_ORG_URL', '');
    expect(servedDemoOrgUrl([join(dir, 'missing.json'), built])).toBe('https://demo.example.com');
    vi.stubEnv('FORKLIFT_DEMO_ORG_URL', 'http://localhost:4457');
    expect(servedDemoOrgUrl([built])).toBe('http://localhost:4457');
  });

  it('says which file lacks demoOrgUrl', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forklift-headers-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, '{}');
    vi.stubEnv('FORKLIFT_DEMO_ORG_URL', '');
    expect(() => servedDemoOrgUrl([file])).toThrow(/has no "demoOrgUrl"/);
  });
});
