/**
 * Browser-side test support: the demo org started by demo-org-global-setup.ts, reached through
 * `inject` (its URL) and the `demoOrgControl` command (its control plane, from Node).
 */
import { inject } from 'vitest';
import { commands } from 'vitest/browser';
import {
  sessionFromTokenResponse,
  type Session,
  type TokenResponseFields,
} from '../../session/session';
import type { SessionAccess } from '../../session/session-manager';

declare module 'vitest/browser' {
  interface BrowserCommands {
    demoOrgControl: (
      method: string,
      path: string,
      body?: unknown,
    ) => Promise<{ status: number; body: unknown }>;
  }
}

const CLIENT_ID = 'forklift-console';
/** The console origins the demo org allows by default (design.md §6). */
const CONSOLE_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];

export const demoOrgUrl = (): string => inject('demoOrgUrl');

export async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const answer = await commands.demoOrgControl(method, path, body);
  if (answer.status >= 400) throw new Error(`control ${path}: HTTP ${answer.status}`);
  return answer.body;
}

/** A fresh org whose CORS allowlist has this test page's origin, or only the console's. */
export async function resetDemoOrg(options: { allowThisPage?: boolean } = {}): Promise<void> {
  await control('POST', 'reset');
  await allowOrigins(
    options.allowThisPage === false ? CONSOLE_ORIGINS : [...CONSOLE_ORIGINS, location.origin],
  );
}

export async function allowOrigins(origins: string[]): Promise<void> {
  await control('PATCH', 'config', { corsOrigins: origins, pace: 'fast' });
}

/** Signs in with the password grant, from this page (the OAuth endpoints allow CORS, §5.5). */
async function passwordSession(): Promise<Session> {
  const response = await fetch(`${demoOrgUrl()}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: CLIENT_ID,
      username: 'admin@forklift.demo',
      password: 'forklift',
    }),
  });
  if (!response.ok) throw new Error(`password grant: HTTP ${response.status}`);
  const token = (await response.json()) as TokenResponseFields;
  return sessionFromTokenResponse(token, { loginUrl: demoOrgUrl(), clientId: CLIENT_ID });
}

/** A session whose refresh signs in again; counts refreshes. */
export async function passwordSessions(): Promise<SessionAccess & { refreshes: () => number }> {
  let current = await passwordSession();
  let refreshes = 0;
  return {
    currentSession: () => current,
    async refresh() {
      refreshes += 1;
      current = await passwordSession();
      return current;
    },
    refreshes: () => refreshes,
  };
}

/** The demo org's view of its jobs: how many PUTs each got. */
export async function inspectJobs(): Promise<{ id: string; state: string; uploads: number }[]> {
  const { jobs } = (await control('GET', 'jobs')) as {
    jobs: { id: string; state: string; uploads: number }[];
  };
  return jobs;
}
