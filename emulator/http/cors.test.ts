import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { freshDemoOrg } from './fresh-demo-org';
import { api, control, passwordGrant, postForm } from './demo-org-test-client';

const demo = freshDemoOrg();

const CONSOLE = 'http://localhost:5173';
const STRANGER = 'https://evil.example';

function preflight(path: string, origin: string, method = 'GET') {
  return fetch(`${demo.url}${path}`, {
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
    const { access_token } = await passwordGrant(demo.url);
    const response = await api(demo.url, '/services/data/v62.0/limits', access_token, {
      headers: { Origin: CONSOLE },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('false');
    expect(response.headers.get('Vary')).toBe('Origin');
  });

  it('puts the headers on a 401 too, so the browser can read it and refresh', async () => {
    const response = await fetch(`${demo.url}/services/data/v62.0/limits`, {
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
      () => fetch(`${demo.url}/services/data/v62.0/limits`, { headers: { Origin: STRANGER } }),
    ],
    ['a preflight', () => preflight('/services/data/v62.0/limits', STRANGER)],
    [
      'the versions list',
      () => fetch(`${demo.url}/services/data`, { headers: { Origin: STRANGER } }),
    ],
    [
      'userinfo',
      () => fetch(`${demo.url}/services/oauth2/userinfo`, { headers: { Origin: STRANGER } }),
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
    const response = await fetch(`${demo.url}/services/data`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('follows allowlist changes from the control plane, wildcard subdomains included', async () => {
    await control(demo.url, 'config', { corsOrigins: ['https://*.example.com'] }, 'PATCH');
    const ok = await fetch(`${demo.url}/services/data`, {
      headers: { Origin: 'https://console.example.com' },
    });
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://console.example.com');
    const gone = await fetch(`${demo.url}/services/data`, { headers: { Origin: CONSOLE } });
    expect(gone.status).toBe(403);
  });
});

describe('CORS on the OAuth endpoints', () => {
  const tokenRequest = () =>
    postForm(
      `${demo.url}/services/oauth2/token`,
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
    await control(demo.url, 'config', { oauthCors: false }, 'PATCH');
    const response = await tokenRequest();
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await preflight('/services/oauth2/token', CONSOLE, 'POST')).status).toBe(403);
    // userinfo follows the allowlist, not the OAuth switch.
    const { access_token } = await passwordGrant(demo.url);
    const userinfo = await api(demo.url, '/services/oauth2/userinfo', access_token, {
      headers: { Origin: CONSOLE },
    });
    expect(userinfo.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
  });
});

describe('the control plane', () => {
  it('never sends CORS headers, whatever the origin', async () => {
    for (const origin of [CONSOLE, STRANGER]) {
      const response = await fetch(`${demo.url}/__emulator/health`, {
        headers: { Origin: origin },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });
});
