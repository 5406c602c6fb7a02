import { describe, expect, it } from 'vitest';
import { parseAppConfig, redirectUriFor } from './app-config';

const valid = {
  demoOrgUrl: 'http://localhost:4455',
  clientId: 'forklift-console',
  redirectPath: '/oauth/callback',
  apiVersion: '62.0',
};

describe('parseAppConfig', () => {
  it('accepts the shipped config', () => {
    expect(parseAppConfig(valid)).toEqual({ ok: true, config: valid });
  });

  it('keeps only the origin of the demo org URL', () => {
    expect(parseAppConfig({ ...valid, demoOrgUrl: 'http://localhost:4455/' })).toMatchObject({
      config: { demoOrgUrl: 'http://localhost:4455' },
    });
  });

  it.each([
    ['not an object', [], /JSON object/],
    ['a missing demo org URL', { ...valid, demoOrgUrl: undefined }, /"demoOrgUrl"/],
    ['a demo org URL that is not http', { ...valid, demoOrgUrl: 'ftp://x' }, /"demoOrgUrl"/],
    ['an empty client id', { ...valid, clientId: ' ' }, /"clientId"/],
    [
      'a redirect path without a slash',
      { ...valid, redirectPath: 'oauth/callback' },
      /"redirectPath"/,
    ],
    [
      'a protocol-relative redirect path',
      { ...valid, redirectPath: '//evil.example/cb' },
      /"redirectPath"/,
    ],
    ['a numeric API version', { ...valid, apiVersion: 62 }, /"apiVersion"/],
    ['an API version with a v', { ...valid, apiVersion: 'v62.0' }, /"apiVersion"/],
  ])('refuses %s and says which field', (_, value, problem) => {
    const result = parseAppConfig(value);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(problem);
  });
});

describe('redirectUriFor', () => {
  it('joins the page origin and the configured path', () => {
    expect(redirectUriFor(valid, 'http://localhost:5173')).toBe(
      'http://localhost:5173/oauth/callback',
    );
  });
});
