/**
 * The demo org's settings (design.md §6). Everything has a default; `configFromEnv` reads the
 * documented environment variables, and the control plane may change the mutable part later.
 */
import { MAX_UPLOAD_BASE64_BYTES } from './ingest/http-choices';

/** demo: visibly paced for people; fast: as fast as possible; manual: moves only on clock ticks. */
export type EmulatorPace = 'demo' | 'fast' | 'manual';
export const EMULATOR_PACES: readonly EmulatorPace[] = ['demo', 'fast', 'manual'];

export interface EmulatorConfig {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** Base URL clients see: `instance_url`, identity URLs, `nextRecordsUrl` hosts. No trailing slash. */
  publicUrl: string;
  /** Origins on the org's CORS allowlist (salesforce-api.md §5.5). */
  corsOrigins: string[];
  /** Setup → CORS → "Enable CORS for OAuth endpoints". */
  oauthCors: boolean;
  /** Access-token lifetime (Salesforce's session timeout; tokens carry no `expires_in`). */
  tokenTtlMs: number;
  pace: EmulatorPace;
  /** Records per page of a SOQL query result (Salesforce's default batch size is 2000). */
  pageSize: number;
  /** `Organization.IsSandbox`: decides the console's Production / Sandbox badge. */
  isSandbox: boolean;
  /** Registered OAuth client ids (External Client Apps). */
  clientIds: string[];
  /**
   * "The org is down": every request outside the control plane has its connection dropped, so a
   * browser sees what an unreachable host looks like (both a CORS and a no-cors fetch fail).
   */
  down: boolean;
  /**
   * The largest upload to a job's `batches` the org takes, counted after base64 as Salesforce
   * counts it (http-choices.ts H2). Salesforce's own limit by default; tests lower it so that a
   * client's job size limit can be checked with small files. Never above Salesforce's.
   */
  maxUploadBytes: number;
}

export const DEFAULT_PORT = 4455;
export const DEFAULT_HOST = '127.0.0.1';
export const DEMO_CLIENT_ID = 'forklift-console';
export const DEFAULT_CORS_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];
export const DEFAULT_TOKEN_TTL_MS = 2 * 60 * 60 * 1000;
export const DEFAULT_PAGE_SIZE = 2000;

export function defaultPublicUrl(port: number): string {
  return `http://localhost:${port}`;
}

export function defaultConfig(overrides: Partial<EmulatorConfig> = {}): EmulatorConfig {
  const port = overrides.port ?? DEFAULT_PORT;
  return {
    port,
    host: DEFAULT_HOST,
    publicUrl: defaultPublicUrl(port),
    corsOrigins: [...DEFAULT_CORS_ORIGINS],
    oauthCors: true,
    tokenTtlMs: DEFAULT_TOKEN_TTL_MS,
    pace: 'demo',
    pageSize: DEFAULT_PAGE_SIZE,
    isSandbox: true,
    clientIds: [DEMO_CLIENT_ID],
    down: false,
    maxUploadBytes: MAX_UPLOAD_BASE64_BYTES,
    ...stripUndefined(overrides),
    ...(overrides.publicUrl ? { publicUrl: trimSlash(overrides.publicUrl) } : {}),
  };
}

type Env = Record<string, string | undefined>;

/** Reads EMULATOR_PORT, EMULATOR_HOST, EMULATOR_PUBLIC_URL, EMULATOR_CORS_ORIGINS, EMULATOR_OAUTH_CORS,
 * EMULATOR_TOKEN_TTL_MS, EMULATOR_PACE, EMULATOR_PAGE_SIZE, EMULATOR_IS_SANDBOX,
 * EMULATOR_MAX_UPLOAD_BYTES. */
export function configFromEnv(env: Env): EmulatorConfig {
  const overrides: Partial<EmulatorConfig> = {
    port: intFrom(env, 'EMULATOR_PORT'),
    host: env.EMULATOR_HOST || undefined,
    publicUrl: env.EMULATOR_PUBLIC_URL || undefined,
    corsOrigins: env.EMULATOR_CORS_ORIGINS ? parseOrigins(env.EMULATOR_CORS_ORIGINS) : undefined,
    oauthCors: boolFrom(env, 'EMULATOR_OAUTH_CORS'),
    tokenTtlMs: intFrom(env, 'EMULATOR_TOKEN_TTL_MS'),
    pace: paceFrom(env.EMULATOR_PACE),
    pageSize: intFrom(env, 'EMULATOR_PAGE_SIZE'),
    isSandbox: boolFrom(env, 'EMULATOR_IS_SANDBOX'),
    maxUploadBytes: maxUploadFrom(env),
  };
  return defaultConfig(overrides);
}

export function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((origin) => trimSlash(origin.trim()))
    .filter((origin) => origin.length > 0);
}

/** A demo client accepts any loopback redirect URI, like a developer's Connected App would. */
const LOOPBACK_REDIRECT = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^#]*)?$/;

export function isRegisteredClient(config: EmulatorConfig, clientId: string): boolean {
  return config.clientIds.includes(clientId);
}

export function isAllowedRedirectUri(
  config: EmulatorConfig,
  clientId: string,
  redirectUri: string,
): boolean {
  return isRegisteredClient(config, clientId) && LOOPBACK_REDIRECT.test(redirectUri);
}

export function isEmulatorPace(value: unknown): value is EmulatorPace {
  return typeof value === 'string' && (EMULATOR_PACES as readonly string[]).includes(value);
}

function paceFrom(value: string | undefined): EmulatorPace | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isEmulatorPace(value))
    throw new Error(`EMULATOR_PACE must be one of ${EMULATOR_PACES.join(', ')}`);
  return value;
}

/** An upload limit: a whole number of bytes from 1 up to Salesforce's own limit. */
export function isMaxUploadBytes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= MAX_UPLOAD_BASE64_BYTES
  );
}

function maxUploadFrom(env: Env): number | undefined {
  const value = intFrom(env, 'EMULATOR_MAX_UPLOAD_BYTES');
  if (value !== undefined && !isMaxUploadBytes(value))
    throw new Error(`EMULATOR_MAX_UPLOAD_BYTES must be from 1 to ${MAX_UPLOAD_BASE64_BYTES}`);
  return value;
}

function intFrom(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

function boolFrom(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false`);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
