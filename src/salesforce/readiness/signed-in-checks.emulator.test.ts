/**
 * The signed-in readiness check against the demo org over HTTP (design.md §7): permissions from
 * UserPermissionAccess, object access from describe and limits from /limits, each driven into its
 * failing state through the control plane. (Node's fetch has no CORS; the browser test covers it.)
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  ANALYST,
  control,
  passwordGrant,
  type TokenBody,
} from '../../../emulator/http/demo-org-test-client';
import { freshDemoOrg } from '../../../emulator/http/fresh-demo-org';
import { sessionFromTokenResponse } from '../session/session';
import { createMemorySalesforceServices } from '../test-support/memory-salesforce-services';
import { wouldExceedLimits } from './limit-headroom';
import { orgLimitsQueryOptions } from './org-limits-query';
import { runSignedInChecks } from './signed-in-checks';
import type { ReadinessCheck } from './readiness-check';

const demo = freshDemoOrg();

async function signedIn(user?: { username: string; password: string }) {
  const services = createMemorySalesforceServices();
  const token: TokenBody = await passwordGrant(demo.url, user);
  const session = sessionFromTokenResponse(token, {
    loginUrl: demo.url,
    clientId: 'forklift-console',
  });
  services.sessions.store.signIn(session);
  return { client: services.client, session };
}

async function check(user?: { username: string; password: string }, objectName?: string) {
  const { client } = await signedIn(user);
  const checks = await runSignedInChecks(client, {
    probe: {
      apiHost: demo.url,
      loginHost: demo.url,
      consoleOrigin: 'http://localhost:5173',
      apiVersion: '62.0',
      isDemoOrg: true,
      clientId: 'forklift-console',
      redirectUri: 'http://localhost:5173/oauth/callback',
    },
    ...(objectName ? { objectName } : {}),
  });
  return Object.fromEntries(checks.map((c) => [c.id, c])) as Record<string, ReadinessCheck>;
}

const statusOf = (checks: Record<string, ReadinessCheck>) =>
  Object.fromEntries(Object.entries(checks).map(([id, c]) => [id, c.status]));

describe('the signed-in readiness check against the demo org', () => {
  it('passes the admin on every item', async () => {
    expect(statusOf(await check())).toEqual({
      reachability: 'pass',
      'oauth-cors': 'pass',
      'api-version': 'pass',
      'api-enabled': 'pass',
      'hard-delete': 'pass',
      'data-access': 'pass',
      'object-access': 'pass',
      'api-requests': 'pass',
      'bulk-batches': 'pass',
    });
  });

  it('warns the analyst, who lacks Bulk API Hard Delete, until the permission is granted', async () => {
    expect((await check(ANALYST))['hard-delete']?.status).toBe('warn');
    await control(
      demo.url,
      `users/${ANALYST.username}/permissions`,
      { bulkApiHardDelete: true },
      'PATCH',
    );
    expect((await check(ANALYST))['hard-delete']?.status).toBe('pass');
  });

  it('fails API Enabled when the user lost it', async () => {
    await control(
      demo.url,
      'users/admin@forklift.demo/permissions',
      { apiEnabled: false },
      'PATCH',
    );
    const checks = await check();
    expect(checks['api-enabled']?.status).toBe('fail');
    expect(checks['api-requests']?.status).toBe('unknown');
  });

  it('warns when the daily API requests are nearly spent', async () => {
    await control(demo.url, 'limits', { DailyApiRequests: { Remaining: 50 } }, 'PATCH');
    const checks = await check();
    expect(checks['api-requests']?.status).toBe('warn');
    expect(checks['api-requests']?.detail).toMatch(/Nearly spent: \d+ of 100,000 left today/);
  });

  it('checks create, edit and delete on a chosen object', async () => {
    const checks = await check(undefined, 'Account');
    expect(checks['object-access']).toMatchObject({
      title: 'Object permissions on Account',
      status: 'pass',
    });
  });

  it('reads /limits for the pre-run warning, which names what is short', async () => {
    await control(demo.url, 'limits', { DailyBulkApiBatches: { Remaining: 2 } }, 'PATCH');
    const { client, session } = await signedIn();
    const limits = await new QueryClient().fetchQuery(orgLimitsQueryOptions(client, session));
    expect(wouldExceedLimits(limits, 1, 5_000)).toMatchObject({ exceeds: false });
    const tooBig = wouldExceedLimits(limits, 1, 25_000);
    expect(tooBig.exceeds).toBe(true);
    expect(tooBig.warning).toMatch(/up to 3 Bulk API batches, and the org has 2 left today/);
  });
});
