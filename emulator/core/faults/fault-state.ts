/**
 * The org's active faults and how often each has fired. HTTP rules are asked per call (first
 * matching terminal rule wins; slow rules add their delay and let the call go on); processing
 * rules answer per job and row. Rates and shares come from the plan's seed, so a run repeats.
 */
import type { ProcessingFaults } from '../ingest/ingest-port';
import { hashText, mix32, seededRandom } from '../ingest/seeded-shuffle';
import type {
  CallMatch,
  FaultPlan,
  FaultRule,
  HttpFaultRule,
  IngestCall,
  ProcessingFaultRule,
} from './fault-rules';
import { DEFAULT_FAIL_JOB_MESSAGE } from './fault-rules';

export interface CallInfo {
  method: string;
  path: string;
  call: IngestCall | undefined;
}

/** What the HTTP layer should do to a call. */
export interface HttpFaultDecision {
  delayMs: number;
  terminal:
    Extract<HttpFaultRule, { kind: 'status' | 'drop-connection' | 'expire-session' }> | undefined;
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  fired: number;
  random: () => number;
}

/** What a job looks like to processing rules. */
export interface JobIdentity {
  id: string;
  objectName: string;
}

export class FaultState implements ProcessingFaults {
  private rules: ActiveRule[] = [];
  private seed = 0;

  constructor(private readonly jobOf: (jobId: string) => JobIdentity | undefined) {}

  set(plan: FaultPlan): void {
    this.seed = plan.seed ?? 0;
    this.rules = plan.rules.map((rule, i) => ({
      rule,
      seen: 0,
      fired: 0,
      random: seededRandom(this.seed + i * 7919),
    }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules with how many calls they saw and how often they fired. */
  describe(): { seed: number; rules: (FaultRule & { seen: number; fired: number })[] } {
    return {
      seed: this.seed,
      rules: this.rules.map((r) => ({ ...r.rule, seen: r.seen, fired: r.fired })),
    };
  }

  /** False when no rule could touch an HTTP call: the middleware then does no work at all. */
  hasHttpRules(): boolean {
    return this.rules.some((active) => isHttpRule(active.rule));
  }

  decide(info: CallInfo): HttpFaultDecision {
    const decision: HttpFaultDecision = { delayMs: 0, terminal: undefined };
    for (const active of this.rules) {
      const rule = active.rule;
      if (!isHttpRule(rule) || !matches(rule.match, info) || !this.fires(active, rule)) continue;
      if (rule.kind === 'slow') {
        decision.delayMs += rule.delayMs;
        continue;
      }
      decision.terminal = rule;
      break;
    }
    return decision;
  }

  lockFails(jobId: string, rowIndex: number): boolean {
    const rule = this.processingRule('lock-rows', jobId);
    if (rule === undefined || rule.share <= 0) return false;
    // A per-row hash, not a running PRNG: the same rows fail whatever order jobs run in.
    const draw = mix32(hashText(`${this.seed}:${jobId}:${rowIndex}`)) / 4294967296;
    return draw < rule.share;
  }

  failAfter(jobId: string): { rows: number; message: string } | undefined {
    const rule = this.processingRule('fail-job', jobId);
    return rule === undefined
      ? undefined
      : { rows: rule.afterRows, message: rule.message ?? DEFAULT_FAIL_JOB_MESSAGE };
  }

  private fires(active: ActiveRule, rule: HttpFaultRule): boolean {
    active.seen++;
    if (active.seen <= (rule.after ?? 0)) return false;
    if (rule.times !== undefined && active.fired >= rule.times) return false;
    if (rule.rate !== undefined && active.random() >= rule.rate) return false;
    active.fired++;
    return true;
  }

  private processingRule<K extends ProcessingFaultRule['kind']>(
    kind: K,
    jobId: string,
  ): Extract<ProcessingFaultRule, { kind: K }> | undefined {
    for (const { rule } of this.rules) {
      if (rule.kind !== kind) continue;
      const r = rule as Extract<ProcessingFaultRule, { kind: K }>;
      if (r.jobId !== undefined && r.jobId !== jobId) continue;
      if (
        r.object !== undefined &&
        r.object.toLowerCase() !== this.jobOf(jobId)?.objectName.toLowerCase()
      )
        continue;
      return r;
    }
    return undefined;
  }
}

function isHttpRule(rule: FaultRule): rule is HttpFaultRule {
  return rule.kind !== 'lock-rows' && rule.kind !== 'fail-job';
}

function matches(match: CallMatch | undefined, info: CallInfo): boolean {
  if (match === undefined) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== info.method.toUpperCase())
    return false;
  if (match.call !== undefined && match.call !== info.call) return false;
  if (match.path !== undefined && !pathMatches(match.path, info.path)) return false;
  return true;
}

function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return path.includes(pattern);
  const regex = new RegExp(pattern.split('*').map(escapeRegex).join('[^?]*'));
  return regex.test(path);
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
