import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { startEmulator, type RunningEmulator } from '../server';
import { api, control, passwordGrant, postForm } from './demo-org-test-client';

let demo: RunningEmulator;
let base: string;
beforeAll(async () => {
  demo = await startEmulator({ port: 0 });
  base = demo.url;
});
afterAll(() => demo.close());
beforeEach(async () => {
  await control(base, 'reset');
});

const CONSOLE = 'http://localhost:5173';
const STRANGER = 'https://evil.example';

function preflight(path: string, origin: string, method = 'GET') {
  return fetch(`${base}${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': 'authorization, content-type, sforce-call-options',
    },
  });
}

describe('CORS on the REST API', () => {
  it('answers an allowlisted origin with its own Access-Control-Allow-Origin', async () => {
    const { access_token } = await passwordGrant(base);
    const response = await api(base, '/services/data/v62.0/limits', access_token, {
      headers: { Origin: CONSOLE },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('false');
    expect(response.headers.get('Vary')).toBe('Origin');
  });

  it('puts the headers on a 401 too, so the browser can read it and refresh', async () => {
    const response = await fetch(`${base}/services/data/v62.0/limits`, {
      headers: { Origin: CONSOLE },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
  });

  it('answers a preflight from an allowlisted origin', async () => {
    const response = await preflight('/services/data/v62.0/jobs/ingest', CONSOLE, 'PUT');
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe(
      'HEAD, GET, POST, PUT, PATCH, DELETE',
    );
    const allowed = response.headers.get('Access-Control-Allow-Headers')!.split(/,\s*/);
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'accept',
        'sforce-call-options',
        'x-prettyprint',
        'x-requested-with',
      ]),
    );
    expect(Number(response.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0);
  });

  it.each([
    [
      'a request',
      () => fetch(`${base}/services/data/v62.0/limits`, { headers: { Origin: STRANGER } }),
    ],
    ['a preflight', () => preflight('/services/data/v62.0/limits', STRANGER)],
    ['the versions list', () => fetch(`${base}/services/data`, { headers: { Origin: STRANGER } })],
    [
      'userinfo',
      () => fetch(`${base}/services/oauth2/userinfo`, { headers: { Origin: STRANGER } }),
    ],
  ])(
    'refuses %s from an origin off the allowlist with 403 and no CORS headers',
    async (_, send) => {
      const response = await send();
      expect(response.status).toBe(403);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    },
  );

  it('sends no CORS headers when there is no Origin, and the request proceeds', async () => {
    const response = await fetch(`${base}/services/data`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('follows allowlist changes from the control plane, wildcard subdomains included', async () => {
    await control(base, 'config', { corsOrigins: ['https://*.example.com'] }, 'PATCH');
    const ok = await fetch(`${base}/services/data`, {
      headers: { Origin: 'https://console.example.com' },
    });
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://console.example.com');
    const gone = await fetch(`${base}/services/data`, { headers: { Origin: CONSOLE } });
    expect(gone.status).toBe(403);
  });
});

describe('CORS on the OAuth endpoints', () => {
  const tokenRequest = () =>
    postForm(
      `${base}/services/oauth2/token`,
      {
        grant_type: 'password',
        client_id: DEMO_CLIENT_ID,
        username: 'admin@forklift.demo',
        password: 'forklift',
      },
      { Origin: CONSOLE },
    );

  it('answers the token endpoint with CORS headers while "CORS for OAuth endpoints" is on', async () => {
    const response = await tokenRequest();
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    expect((await preflight('/services/oauth2/revoke', CONSOLE, 'POST')).status).toBe(200);
  });

  it('leaves the headers off when it is switched off: the browser cannot read the answer', async () => {
    await control(base, 'config', { oauthCors: false }, 'PATCH');
    const response = await tokenRequest();
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await preflight('/services/oauth2/token', CONSOLE, 'POST')).status).toBe(403);
    // userinfo follows the allowlist, not the OAuth switch.
    const { access_token } = await passwordGrant(base);
    const userinfo = await api(base, '/services/oauth2/userinfo', access_token, {
      headers: { Origin: CONSOLE },
    });
    expect(userinfo.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
  });
});

describe('the control plane', () => {
  it('never sends CORS headers, whatever the origin', async () => {
    for (const origin of [CONSOLE, STRANGER]) {
      const response = await fetch(`${base}/__emulator/health`, { headers: { Origin: origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });
});
