/**
 * The token-free probes in real Chromium against the demo org (design.md §7): only a browser
 * enforces CORS, so only here do "origin not on the allowlist", "OAuth CORS off" and "host down"
 * look the way they look to a user.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { control, demoOrgUrl, resetDemoOrg } from '../bulk/test-support/browser-demo-org';
import { runPreSignInChecks, type PreSignInProbeOptions } from './pre-sign-in-probes';

const options = (): PreSignInProbeOptions => ({
  apiHost: demoOrgUrl(),
  loginHost: demoOrgUrl(),
  consoleOrigin: location.origin,
  apiVersion: '62.0',
  isDemoOrg: true,
  clientId: 'forklift-console',
  redirectUri: `${location.origin}/oauth/callback`,
});

async function statuses() {
  const checks = await runPreSignInChecks(options());
  return { checks, byId: Object.fromEntries(checks.map((c) => [c.id, c.status])) };
}

beforeEach(() => resetDemoOrg());

describe('the token-free readiness probes in the browser', () => {
  it('pass against a demo org that allows this page', async () => {
    expect((await statuses()).byId).toEqual({
      reachability: 'pass',
      'oauth-cors': 'pass',
      'api-version': 'pass',
    });
  });

  it('tell an origin missing from the CORS allowlist, naming the exact origin to add', async () => {
    await resetDemoOrg({ allowThisPage: false });
    const { checks, byId } = await statuses();
    expect(byId).toEqual({
      reachability: 'fail',
      'oauth-cors': 'unknown',
      'api-version': 'unknown',
    });
    expect(checks[0]?.detail).toMatch(/is up, but its CORS allowlist does not contain/);
    expect(checks[0]?.fix).toContain(`Origin URL pattern: ${location.origin}`);
  });

  it('tell "Enable CORS for OAuth endpoints" switched off', async () => {
    await control('PATCH', 'config', { oauthCors: false });
    const { checks, byId } = await statuses();
    expect(byId).toMatchObject({ reachability: 'pass', 'oauth-cors': 'fail' });
    expect(checks[1]?.fix).toMatch(/tick "Enable CORS for OAuth endpoints"/);
  });

  it('tell a host that does not answer at all from a CORS refusal', async () => {
    await control('PATCH', 'config', { down: true });
    try {
      const { checks } = await statuses();
      expect(checks[0]).toMatchObject({ status: 'fail' });
      expect(checks[0]?.detail).toMatch(/could not be reached/);
    } finally {
      await control('PATCH', 'config', { down: false });
    }
  });
});
