/**
 * Test support for the ingest and fault tests: a demo org on a free port, a password-grant token,
 * a jsforce Connection at v62.0, raw fetch helpers for exact bytes, and the control plane.
 */
import { Connection } from 'jsforce';
import type { EmulatorPace } from '../core/emulator-config';
import { startEmulator } from '../server';
import type { RunningEmulator } from '../server';

export const API_VERSION = '62.0';
export const ADMIN = 'admin@forklift.demo';
export const ANALYST = 'analyst@forklift.demo';
/** Polls fast so tests finish quickly; the timeout is explicit (jsforce's 30 s default deletes the job). */
export const POLL = { pollInterval: 5, pollTimeout: 10_000 } as const;

export interface TestOrg {
  emulator: RunningEmulator;
  url: string;
  token: string;
  conn: Connection;
  /** A raw call under `/services/data/v62.0/jobs/ingest`. */
  ingest(path: string, init?: RequestInit, token?: string): Promise<Response>;
  /** A control-plane call (`/__emulator/...`) with a JSON body. */
  control(method: string, path: string, body?: unknown): Promise<Response>;
  /** A new token (the admin's unless another user is named). */
  tokenFor(username: string): Promise<string>;
  connectionFor(token: string): Connection;
  close(): Promise<void>;
}

export async function passwordGrant(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'forklift-console',
      username,
      password: 'forklift',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (body.access_token === undefined)
    throw new Error(`password grant failed: ${JSON.stringify(body)}`);
  return body.access_token;
}

export async function startTestOrg(pace: EmulatorPace = 'fast'): Promise<TestOrg> {
  const emulator = await startEmulator({ port: 0, pace });
  const url = emulator.url;
  const token = await passwordGrant(url, ADMIN);
  const connectionFor = (accessToken: string) =>
    new Connection({ instanceUrl: url, accessToken, version: API_VERSION });
  return {
    emulator,
    url,
    token,
    conn: connectionFor(token),
    ingest: (path, init = {}, accessToken = token) =>
      fetch(`${url}/services/data/v${API_VERSION}/jobs/ingest${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          ...(init.headers as Record<string, string> | undefined),
        },
      }),
    control: (method, path, body) =>
      fetch(`${url}/__emulator${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    tokenFor: (username) => passwordGrant(url, username),
    connectionFor,
    close: () => emulator.close(),
  };
}

/** Creates a job by raw HTTP and returns its parsed JobInfo. */
export async function createJob(
  org: TestOrg,
  spec: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await org.ingest('', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(spec),
  });
  if (response.status !== 200)
    throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** PUTs the CSV and closes the job. */
export async function uploadAndClose(org: TestOrg, jobId: string, csv: string): Promise<void> {
  const put = await org.ingest(`/${jobId}/batches`, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/csv' },
    body: csv,
  });
  if (put.status !== 201) throw new Error(`upload failed: ${put.status} ${await put.text()}`);
  const close = await org.ingest(`/${jobId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ state: 'UploadComplete' }),
  });
  if (close.status !== 200) throw new Error(`close failed: ${close.status} ${await close.text()}`);
}

/** Advances the manual clock one tick (one processing step per job in manual pace). */
export async function tick(org: TestOrg, ms = 1000): Promise<void> {
  const response = await org.control('POST', '/tick', { ms });
  if (response.status !== 200) throw new Error(`tick failed: ${response.status}`);
}

/** GET job info, parsed. */
export async function jobInfo(org: TestOrg, jobId: string): Promise<Record<string, unknown>> {
  return (await (await org.ingest(`/${jobId}`)).json()) as Record<string, unknown>;
}
