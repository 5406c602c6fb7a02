/**
 * The console's runtime settings, read from `/config.json` at start-up so one build runs anywhere
 * (design.md §6; scripts/runtime-config-plugin.ts serves it in dev and preview).
 */
export interface AppConfig {
  /** The demo org's public URL, e.g. `http://localhost:4455`. */
  demoOrgUrl: string;
  /** The OAuth client id: the demo org's, or a real External Client App's consumer key. */
  clientId: string;
  /** The callback path registered with the OAuth client, e.g. `/oauth/callback`. */
  redirectPath: string;
  /** The REST API version, e.g. `62.0`. */
  apiVersion: string;
  /**
   * For tests only: the job size limit, in bytes of CSV per job (header included), lower than
   * Salesforce's, so that a small file is cut into several jobs. Absent in every shipped
   * config.json; then jobs are cut at Salesforce's own limit.
   */
  jobMaxBytes?: number;
}

/**
 * The most `jobMaxBytes` may be: the real job size limit, `BULK_JOB_MAX_CSV_BYTES` of
 * src/csv/write-bulk-csv.ts (lib may not import csv; job-size-limit.test.ts keeps the two equal).
 * A setting can only lower the limit, never raise it past what Salesforce takes.
 */
export const JOB_MAX_BYTES_CEILING = 100_000_000;

export const APP_CONFIG_URL = '/config.json';

export type AppConfigResult = { ok: true; config: AppConfig } | { ok: false; problem: string };

const API_VERSION = /^\d{2,3}\.0$/;

/** Validates the parsed config.json; the problem names the field and what it must look like. */
export function parseAppConfig(value: unknown): AppConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'config.json must be a JSON object.' };
  }
  const raw = value as Record<string, unknown>;
  const demoOrgUrl = httpOrigin(raw.demoOrgUrl);
  if (!demoOrgUrl) {
    return {
      ok: false,
      problem: '"demoOrgUrl" must be an http(s) URL, e.g. "http://localhost:4455".',
    };
  }
  if (typeof raw.clientId !== 'string' || raw.clientId.trim() === '') {
    return {
      ok: false,
      problem: '"clientId" must be a non-empty string, e.g. "forklift-console".',
    };
  }
  if (typeof raw.redirectPath !== 'string' || !/^\/[^/]/.test(raw.redirectPath)) {
    return {
      ok: false,
      problem: '"redirectPath" must be a path starting with "/", e.g. "/oauth/callback".',
    };
  }
  if (typeof raw.apiVersion !== 'string' || !API_VERSION.test(raw.apiVersion)) {
    return { ok: false, problem: '"apiVersion" must be a version string such as "62.0".' };
  }
  const { jobMaxBytes } = raw;
  if (jobMaxBytes !== undefined && !isJobMaxBytes(jobMaxBytes)) {
    return {
      ok: false,
      problem:
        `"jobMaxBytes" is for tests only: leave it out, or make it a whole number of bytes ` +
        `from 1 to ${JOB_MAX_BYTES_CEILING}, e.g. 4000.`,
    };
  }
  return {
    ok: true,
    config: {
      demoOrgUrl,
      clientId: raw.clientId.trim(),
      redirectPath: raw.redirectPath,
      apiVersion: raw.apiVersion,
      ...(jobMaxBytes !== undefined ? { jobMaxBytes } : {}),
    },
  };
}

function isJobMaxBytes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 1 &&
    value <= JOB_MAX_BYTES_CEILING
  );
}

function httpOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export async function loadAppConfig(
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  url: string = APP_CONFIG_URL,
): Promise<AppConfigResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store' });
  } catch {
    return { ok: false, problem: `${url} could not be loaded (no answer from the server).` };
  }
  if (!response.ok) {
    return { ok: false, problem: `${url} could not be loaded (HTTP ${response.status}).` };
  }
  try {
    return parseAppConfig(await response.json());
  } catch {
    return { ok: false, problem: `${url} is not valid JSON.` };
  }
}

/** The redirect URI always comes from the config, never from the current URL. */
export function redirectUriFor(config: AppConfig, origin: string): string {
  return `${origin}${config.redirectPath}`;
}
