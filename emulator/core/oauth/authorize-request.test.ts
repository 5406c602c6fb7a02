import { describe, expect, it } from 'vitest';
import { checkAuthorizeRequest, normaliseScope, type ClientRegistry } from './authorize-request';

const CLIENTS: ClientRegistry = {
  isRegisteredClient: (id) => id === 'forklift-console',
  isAllowedRedirectUri: (_, uri) => uri.startsWith('http://localhost:'),
};
const BASE = {
  response_type: 'code',
  client_id: 'forklift-console',
  redirect_uri: 'http://localhost:5173/cb',
};

describe('checkAuthorizeRequest', () => {
  it.each([
    ['an unknown client', { client_id: 'x' }, 'show-error', 'invalid_client_id'],
    [
      'an unregistered redirect URI',
      { redirect_uri: 'https://evil.example/' },
      'show-error',
      'redirect_uri_mismatch',
    ],
    [
      'no response_type',
      { response_type: undefined },
      'redirect-error',
      'unsupported_response_type',
    ],
    [
      'the implicit flow',
      { response_type: 'token' },
      'redirect-error',
      'unsupported_response_type',
    ],
    [
      'an unknown challenge method',
      { code_challenge_method: 'S1' },
      'redirect-error',
      'invalid_request',
    ],
    ['a scope the client lacks', { scope: 'api wave_api' }, 'redirect-error', 'invalid_scope'],
  ])('refuses %s', (_, params, kind, error) => {
    const check = checkAuthorizeRequest({ ...BASE, ...params }, CLIENTS);
    expect(check.kind).toBe(kind);
    if (check.kind === 'show-error') expect(check.error.error).toBe(error);
    if (check.kind === 'redirect-error')
      expect(new URL(check.location).searchParams.get('error')).toBe(error);
  });

  it.each([
    [undefined, 'S256'],
    ['', 'S256'],
    ['S256', 'S256'],
    ['plain', 'plain'],
  ])('reads code_challenge_method %j as %s', (method, expected) => {
    const check = checkAuthorizeRequest(
      { ...BASE, code_challenge: 'abc', code_challenge_method: method },
      CLIENTS,
    );
    expect(check.kind === 'ok' && check.request.challengeMethod).toBe(expected);
  });

  it.each([
    [undefined, 'refresh_token api'],
    ['api', 'api'],
    ['refresh_token api web', 'refresh_token api web'],
    ['api+refresh_token', 'api refresh_token'],
    ['api api', 'api'],
    ['api chatter_api', undefined],
  ])('grants scope %j as %j', (requested, granted) => {
    expect(normaliseScope(requested)).toBe(granted);
  });
});
