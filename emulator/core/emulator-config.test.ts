import { describe, expect, it } from 'vitest';
import { configFromEnv, isAllowedRedirectUri } from './emulator-config';

describe('configFromEnv', () => {
  it('uses design.md §6 defaults', () => {
    expect(configFromEnv({})).toEqual({
      port: 4455,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4455',
      corsOrigins: [
        'http://localhost:5173',
        'http://127.0.0.1:5173',
        'http://localhost:4173',
        'http://127.0.0.1:4173',
      ],
      oauthCors: true,
      tokenTtlMs: 7_200_000,
      pace: 'demo',
      pageSize: 2000,
      isSandbox: true,
      clientIds: ['forklift-console'],
      down: false,
      maxUploadBytes: 150 * 1024 * 1024,
    });
  });

  it('reads the environment variables', () => {
    const config = configFromEnv({
      EMULATOR_PORT: '4457',
      EMULATOR_PUBLIC_URL: 'https://demo.example/',
      EMULATOR_CORS_ORIGINS: 'http://localhost:4174, http://127.0.0.1:4174/',
      EMULATOR_TOKEN_TTL_MS: '60000',
      EMULATOR_PACE: 'fast',
      EMULATOR_OAUTH_CORS: 'false',
      EMULATOR_MAX_UPLOAD_BYTES: '4096',
    });
    expect(config).toMatchObject({
      port: 4457,
      publicUrl: 'https://demo.example',
      corsOrigins: ['http://localhost:4174', 'http://127.0.0.1:4174'],
      tokenTtlMs: 60000,
      pace: 'fast',
      oauthCors: false,
      maxUploadBytes: 4096,
    });
    expect(configFromEnv({ EMULATOR_PORT: '4460' }).publicUrl).toBe('http://localhost:4460');
  });

  it.each([
    ['EMULATOR_PORT', 'abc'],
    ['EMULATOR_PACE', 'slow'],
    ['EMULATOR_OAUTH_CORS', 'maybe'],
    ['EMULATOR_MAX_UPLOAD_BYTES', '0'],
    ['EMULATOR_MAX_UPLOAD_BYTES', '1.5'],
    // Only lower than Salesforce's own limit: the demo org never takes what Salesforce refuses.
    ['EMULATOR_MAX_UPLOAD_BYTES', String(150 * 1024 * 1024 + 1)],
  ])('refuses %s=%s', (name, value) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(name);
  });
});

describe('isAllowedRedirectUri', () => {
  const config = configFromEnv({});
  it.each([
    ['http://localhost:5173/oauth/callback', true],
    ['http://127.0.0.1:1717/OauthRedirect', true],
    ['http://localhost/cb', true],
    ['https://localhost:5173/cb', false],
    ['http://localhost.evil.example/cb', false],
    ['http://example.com/cb', false],
  ])('%s → %s', (uri, allowed) => {
    expect(isAllowedRedirectUri(config, 'forklift-console', uri)).toBe(allowed);
  });
});
