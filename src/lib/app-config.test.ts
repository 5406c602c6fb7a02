import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JOB_MAX_BYTES_CEILING, parseAppConfig, redirectUriFor } from './app-config';

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

  it('has no job size limit of its own unless one is set (tests only)', () => {
    const parsed = parseAppConfig(valid);
    expect(parsed.ok && 'jobMaxBytes' in parsed.config).toBe(false);
    expect(parseAppConfig({ ...valid, jobMaxBytes: 4000 })).toEqual({
      ok: true,
      config: { ...valid, jobMaxBytes: 4000 },
    });
    expect(parseAppConfig({ ...valid, jobMaxBytes: JOB_MAX_BYTES_CEILING })).toMatchObject({
      ok: true,
    });
  });

  it('ships a config.json without a job size limit', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    expect(shipped).not.toHaveProperty('jobMaxBytes');
    const parsed = parseAppConfig(shipped);
    expect(parsed.ok && parsed.config.jobMaxBytes).toBe(undefined);
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
    ['a job size limit of 0', { ...valid, jobMaxBytes: 0 }, /"jobMaxBytes"/],
    ['a negative job size limit', { ...valid, jobMaxBytes: -4000 }, /"jobMaxBytes"/],
    ['a fractional job size limit', { ...valid, jobMaxBytes: 4000.5 }, /"jobMaxBytes"/],
    ['a job size limit as text', { ...valid, jobMaxBytes: '4000' }, /"jobMaxBytes"/],
    ['a null job size limit', { ...valid, jobMaxBytes: null }, /"jobMaxBytes"/],
    [
      'a job size limit above the real one',
      { ...valid, jobMaxBytes: JOB_MAX_BYTES_CEILING + 1 },
      /"jobMaxBytes"/,
    ],
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
