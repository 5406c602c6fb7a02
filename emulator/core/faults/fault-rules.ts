/**
 * Faults on demand (design.md §6, control plane `faults`): the rules a test or a demo sets, and
 * their validation. HTTP rules act on matching calls (an error status, a dropped connection, a
 * slow answer, an expired session); processing rules act inside ingest jobs (lock errors on a
 * share of rows, a job that fails half-way). Every random choice is seeded, so runs repeat.
 */

/** The ingest calls by name, so a rule can say "the upload" rather than a path pattern. */
export const INGEST_CALLS = [
  'createJob',
  'uploadData',
  'closeJob',
  'abortJob',
  'getJob',
  'deleteJob',
  'listJobs',
  'successfulResults',
  'failedResults',
  'unprocessedrecords',
] as const;
export type IngestCall = (typeof INGEST_CALLS)[number];

export interface CallMatch {
  method?: string;
  /** A substring of the path, or a pattern with `*` wildcards. */
  path?: string;
  call?: IngestCall;
}

/** When an HTTP rule fires: after skipping `after` matching calls, at most `times` times, with probability `rate`. */
export interface Firing {
  match?: CallMatch;
  after?: number;
  times?: number;
  rate?: number;
}

export type HttpFaultRule =
  | (Firing & { kind: 'status'; status: number; errorCode?: string; message?: string })
  | (Firing & { kind: 'drop-connection' })
  | (Firing & { kind: 'slow'; delayMs: number })
  | (Firing & { kind: 'expire-session' });

export type ProcessingFaultRule =
  | { kind: 'lock-rows'; share: number; object?: string; jobId?: string }
  | { kind: 'fail-job'; afterRows: number; message?: string; object?: string; jobId?: string };

export type FaultRule = HttpFaultRule | ProcessingFaultRule;

export interface FaultPlan {
  seed?: number;
  rules: FaultRule[];
}

/** [UNSURE] Salesforce's wording when too many retries fail a job (§1.13: 20 retries of a batch). */
export const DEFAULT_FAIL_JOB_MESSAGE = 'InvalidBatch : Max retry limit of 20 exceeded for batch';

export type PlanCheck = { ok: true; plan: FaultPlan } | { ok: false; error: string };

const isCount = (v: unknown) =>
  v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isShare = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;

function checkFiring(rule: Record<string, unknown>): string | undefined {
  if (!isCount(rule.after) || !isCount(rule.times)) return 'after and times must be whole numbers';
  if (rule.rate !== undefined && !isShare(rule.rate)) return 'rate must be between 0 and 1';
  const match = rule.match;
  if (match === undefined) return undefined;
  if (typeof match !== 'object' || match === null) return 'match must be an object';
  const call = (match as { call?: unknown }).call;
  if (call !== undefined && !(INGEST_CALLS as readonly unknown[]).includes(call)) {
    return `match.call must be one of ${INGEST_CALLS.join(', ')}`;
  }
  return undefined;
}

function checkRule(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'each rule must be an object';
  const rule = value as Record<string, unknown>;
  switch (rule.kind) {
    case 'status':
      if (typeof rule.status !== 'number' || rule.status < 400 || rule.status > 599)
        return 'status must be 400–599';
      return checkFiring(rule);
    case 'slow':
      if (typeof rule.delayMs !== 'number' || rule.delayMs < 0)
        return 'delayMs must be a non-negative number';
      return checkFiring(rule);
    case 'drop-connection':
    case 'expire-session':
      return checkFiring(rule);
    case 'lock-rows':
      return isShare(rule.share) ? undefined : 'share must be between 0 and 1';
    case 'fail-job':
      return isCount(rule.afterRows) && rule.afterRows !== undefined
        ? undefined
        : 'afterRows must be a whole number';
    default:
      return 'kind must be status, drop-connection, slow, expire-session, lock-rows or fail-job';
  }
}

/** Validates a plan posted to the control plane. */
export function checkFaultPlan(body: unknown): PlanCheck {
  if (typeof body !== 'object' || body === null)
    return { ok: false, error: 'body must be {"seed"?, "rules": [...]}' };
  const { seed, rules } = body as { seed?: unknown; rules?: unknown };
  if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed))) {
    return { ok: false, error: 'seed must be an integer' };
  }
  if (!Array.isArray(rules)) return { ok: false, error: 'rules must be an array' };
  for (const [i, rule] of rules.entries()) {
    const error = checkRule(rule);
    if (error !== undefined) return { ok: false, error: `rules[${i}]: ${error}` };
  }
  return {
    ok: true,
    plan: { ...(seed === undefined ? {} : { seed }), rules: rules as FaultRule[] },
  };
}

/**
 * Names the ingest call behind a request (`/services/data/v62.0/jobs/ingest/…`); a PATCH is an
 * abort when its body asks for `Aborted`.
 */
export function classifyIngestCall(
  method: string,
  path: string,
  patchState?: unknown,
): IngestCall | undefined {
  const match = /\/services\/data\/v\d+\.\d+\/jobs\/ingest\/?([^/?]*)\/?([^/?]*)/i.exec(path);
  if (match === null) return undefined;
  const [, id = '', resource = ''] = match;
  const verb = method.toUpperCase();
  if (id === '') return verb === 'POST' ? 'createJob' : verb === 'GET' ? 'listJobs' : undefined;
  if (resource === '') {
    if (verb === 'GET') return 'getJob';
    if (verb === 'DELETE') return 'deleteJob';
    if (verb !== 'PATCH') return undefined;
    return patchState === 'Aborted' ? 'abortJob' : 'closeJob';
  }
  switch (resource.toLowerCase()) {
    case 'batches':
      return verb === 'PUT' ? 'uploadData' : undefined;
    case 'successfulresults':
      return 'successfulResults';
    case 'failedresults':
      return 'failedResults';
    case 'unprocessedrecords':
      return 'unprocessedrecords';
    default:
      return undefined;
  }
}
