/**
 * What the console's readiness probes read from the demo org (salesforce-api.md §4.1, §5.5): the
 * unauthenticated versions list answers an allowlisted origin with CORS headers and any other
 * origin with a 403 the browser cannot read; a dummy token request answers a readable JSON error
 * only while "Enable CORS for OAuth endpoints" is on.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { freshDemoOrg } from './fresh-demo-org';
import { control, postForm } from './demo-org-test-client';

const demo = freshDemoOrg();

const CONSOLE = 'http://localhost:5173';
const STRANGER = 'http://localhost:9999';
const versions = (origin: string) =>
  fetch(`${demo.url}/services/data/`, { headers: { Origin: origin } });
const dummyToken = (origin: string) =>
  postForm(
    `${demo.url}/services/oauth2/token`,
    {
      grant_type: 'authorization_code',
      code: 'forklift-readiness-probe',
      client_id: DEMO_CLIENT_ID,
      redirect_uri: `${origin}/oauth/callback`,
      code_verifier: 'forklift-readiness-probe-forklift-readiness-probe',
    },
    { Origin: origin },
  );

describe('GET /services/data/ for the readiness probe', () => {
  it('lists the versions with CORS headers for an allowlisted origin', async () => {
    const response = await versions(CONSOLE);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    const list = (await response.json()) as { version: string }[];
    expect(list.map((v) => v.version)).toContain('62.0');
  });

  it('refuses an origin that is not on the allowlist, without CORS headers', async () => {
    const response = await versions(STRANGER);
    expect(response.status).toBe(403);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    await control(demo.url, 'config', { corsOrigins: [CONSOLE, STRANGER] }, 'PATCH');
    expect((await versions(STRANGER)).headers.get('Access-Control-Allow-Origin')).toBe(STRANGER);
  });
});

describe('a dummy token request for the readiness probe', () => {
  it('answers a readable invalid_grant while CORS for OAuth endpoints is on', async () => {
    const response = await dummyToken(CONSOLE);
    expect(response.status).toBe(400);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('leaves the CORS headers off while it is switched off', async () => {
    await control(demo.url, 'config', { oauthCors: false }, 'PATCH');
    const response = await dummyToken(CONSOLE);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
