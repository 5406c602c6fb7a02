/**
 * Reading and checking control-plane request bodies (`/__emulator/*`): small JSON objects whose
 * mistakes answer 400 with `{error}` rather than throwing.
 */
import type { Context } from 'hono';
import { isEmulatorPace, isMaxUploadBytes } from '../core/emulator-config';
import type { MutableConfig } from '../core/emulator-org';
import type { DemoPermissions } from '../core/seed/demo-org';

export class ControlError extends Error {
  readonly status: 400 | 404;

  constructor(message: string, status: 400 | 404 = 400) {
    super(message);
    this.status = status;
  }
}

/** The JSON object body, or undefined when the body is empty. */
export async function optionalJsonObject(c: Context): Promise<Record<string, unknown> | undefined> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ControlError('body must be JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ControlError('body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

export async function jsonObject(c: Context): Promise<Record<string, unknown>> {
  const body = await optionalJsonObject(c);
  if (!body) throw new ControlError('body must be a JSON object');
  return body;
}

const CHECKS: { [K in keyof MutableConfig]: (value: unknown) => value is MutableConfig[K] } = {
  corsOrigins: (v): v is string[] => Array.isArray(v) && v.every((o) => typeof o === 'string'),
  oauthCors: (v): v is boolean => typeof v === 'boolean',
  tokenTtlMs: (v): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0,
  pace: isEmulatorPace,
  pageSize: (v): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0,
  isSandbox: (v): v is boolean => typeof v === 'boolean',
  down: (v): v is boolean => typeof v === 'boolean',
  maxUploadBytes: isMaxUploadBytes,
};

function isConfigKey(key: string): key is keyof MutableConfig {
  return Object.hasOwn(CHECKS, key);
}

export function configChanges(body: Record<string, unknown>): Partial<MutableConfig> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!isConfigKey(key)) throw new ControlError(`unknown setting: ${key}`);
    if (!CHECKS[key](value)) throw new ControlError(`bad value for ${key}`);
    changes[key] = value;
  }
  return changes as Partial<MutableConfig>;
}

const PERMISSION_KEYS: readonly (keyof DemoPermissions)[] = [
  'apiEnabled',
  'bulkApiHardDelete',
  'modifyAllData',
  'viewAllData',
];

export function permissionChanges(body: Record<string, unknown>): Partial<DemoPermissions> {
  const changes: Partial<DemoPermissions> = {};
  for (const [key, value] of Object.entries(body)) {
    const permission = PERMISSION_KEYS.find((name) => name === key);
    if (!permission) throw new ControlError(`unknown permission: ${key}`);
    if (typeof value !== 'boolean') throw new ControlError(`${key} must be true or false`);
    changes[permission] = value;
  }
  return changes;
}

/** `now` as epoch milliseconds or an ISO date-time. */
export function instantFrom(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms))
    throw new ControlError('now must be epoch milliseconds or an ISO date-time');
  return ms;
}
