/**
 * Node test support for the ingest client against the demo org over real HTTP (design.md §7):
 * a signed-in client, the control plane (faults, clock, inspection) and a poll loop.
 */
import {
  authorizationCode,
  exchangeCode,
  newVerifier,
  passwordGrant,
  type TokenBody,
} from '../../../../emulator/http/demo-org-test-client';
import type { SalesforceServices } from '../../salesforce-services';
import { createJsforceOAuthClient, type OAuthClient } from '../../session/oauth-client';
import { sessionFromTokenResponse } from '../../session/session';
import { createMemorySalesforceServices } from '../../test-support/memory-salesforce-services';
import { createIngestClient, type IngestClient } from '../ingest-client';
import { isTerminalJobState, type JobInfo } from '../ingest-types';
import type { UploadTransport } from '../upload-transport';

export const CLIENT_ID = 'forklift-console';
/** A poll loop that has not seen a terminal state after this many GETs has a bug, not a slow org. */
const MAX_POLLS = 500;

export interface SignedInIngest {
  services: SalesforceServices;
  ingest: IngestClient;
  /** The waits the retry loop asked for, in order (it never really waits in tests). */
  waits: number[];
  counts: { refresh: number };
}

export interface SignInOptions {
  /** `code` signs in like the console (with a refresh token); `password` has none (§5.3). */
  grant?: 'code' | 'password';
  upload?: UploadTransport;
  fetch?: typeof fetch;
}

export async function signedInIngest(
  orgUrl: string,
  options: SignInOptions = {},
): Promise<SignedInIngest> {
  const real = createJsforceOAuthClient();
  const counts = { refresh: 0 };
  const oauth: OAuthClient = {
    ...real,
    refreshToken: (endpoints, token) => {
      counts.refresh += 1;
      return real.refreshToken(endpoints, token);
    },
  };
  const services = createMemorySalesforceServices({
    oauth,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const token =
    options.grant === 'password' ? await passwordGrant(orgUrl) : await codeGrant(orgUrl);
  services.sessions.store.signIn(
    sessionFromTokenResponse(token, { loginUrl: orgUrl, clientId: CLIENT_ID }),
  );
  const waits: number[] = [];
  const ingest = createIngestClient({
    client: services.client,
    sessions: services.sessions,
    ...(options.upload ? { upload: options.upload } : {}),
    retry: { sleep: async (ms) => void waits.push(ms) },
  });
  return { services, ingest, waits, counts };
}

async function codeGrant(orgUrl: string): Promise<TokenBody> {
  const { verifier, challenge } = newVerifier();
  const code = await authorizationCode(orgUrl, challenge, { scope: 'api refresh_token' });
  return (await (await exchangeCode(orgUrl, code, verifier)).json()) as TokenBody;
}

/** A control-plane call (`/__emulator/<path>`), failing the test on a refusal. */
export async function demoOrgControl(
  orgUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${orgUrl}/__emulator/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status}`);
  return response.json();
}

export interface InspectedJob {
  id: string;
  state: string;
  uploads: number;
  uploadBytes: number;
}

/** Every job as the demo org sees it, with how many PUTs each got. */
export async function inspectJobs(orgUrl: string): Promise<InspectedJob[]> {
  const { jobs } = (await demoOrgControl(orgUrl, 'GET', 'jobs')) as { jobs: InspectedJob[] };
  return jobs;
}

/** How many calls each fault rule saw and answered, in rule order. */
export async function faultCounts(orgUrl: string): Promise<{ seen: number; fired: number }[]> {
  const plan = (await demoOrgControl(orgUrl, 'GET', 'faults')) as {
    rules: { seen: number; fired: number }[];
  };
  return plan.rules.map(({ seen, fired }) => ({ seen, fired }));
}

/** GETs the job until Salesforce reports a terminal state (the fast pace finishes in a few). */
export async function pollToTerminal(ingest: IngestClient, jobId: string): Promise<JobInfo[]> {
  const seen: JobInfo[] = [];
  for (let i = 0; i < MAX_POLLS; i++) {
    const info = await ingest.getJobInfo(jobId);
    seen.push(info);
    if (isTerminalJobState(info.state)) return seen;
  }
  throw new Error(`job ${jobId} did not finish after ${MAX_POLLS} polls`);
}

/** A CSV Blob as the prepare step makes them. */
export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv' });
}

/** Reads a results Response chunk by chunk, as the worker will, and returns its lines. */
export async function resultLines(response: Response): Promise<string[]> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('the results have no body stream');
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
  }
  return text.split('\n').filter((line) => line !== '');
}
