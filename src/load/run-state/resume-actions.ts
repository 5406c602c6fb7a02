/**
 * What to do for a whole load when its page opens again: every attempt stored for the load, read
 * back from IndexedDB, gives the work left, in plan order (a load's jobs run one after another by
 * default, issue 5). Refuses a store that breaks the write-ahead rules.
 */
import { nextAction, type JobAttempt, type NextAction } from './job-attempt';

export interface PendingAction {
  attempt: JobAttempt;
  action: Exclude<NextAction, { kind: 'nothing' }>;
}

export class InconsistentRunStore extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InconsistentRunStore';
  }
}

/** Attempts grouped by planned job, oldest attempt first; checks that each job has one live one. */
export function attemptsByPlanIndex(attempts: readonly JobAttempt[]): Map<number, JobAttempt[]> {
  const byPlan = new Map<number, JobAttempt[]>();
  for (const attempt of attempts) {
    const list = byPlan.get(attempt.planIndex) ?? [];
    list.push(attempt);
    byPlan.set(attempt.planIndex, list);
  }
  for (const [planIndex, list] of byPlan) {
    list.sort((a, b) => a.attempt - b.attempt);
    list.forEach((attempt, i) => {
      if (attempt.attempt !== i)
        throw new InconsistentRunStore(`Job ${planIndex} has no attempt ${i}.`);
      const step = attempt.step;
      const last = i === list.length - 1;
      // Only an attempt abandoned after an uncertain upload may be followed by another.
      if (!last && !(step.state === 'abandoned' && step.reason === 'upload-uncertain'))
        throw new InconsistentRunStore(
          `Job ${planIndex} has a newer attempt after attempt ${i} in state ${step.state}.`,
        );
      if (!last && step.state === 'abandoned' && !step.replanned)
        throw new InconsistentRunStore(`Job ${planIndex} attempt ${i} is not marked replanned.`);
    });
  }
  return byPlan;
}

/** The pending work of a load: one action per planned job that is not finished, in plan order. */
export function resumeActions(attempts: readonly JobAttempt[]): PendingAction[] {
  const pending: PendingAction[] = [];
  const byPlan = attemptsByPlanIndex(attempts);
  for (const planIndex of [...byPlan.keys()].sort((a, b) => a - b)) {
    const list = byPlan.get(planIndex) ?? [];
    const latest = list[list.length - 1];
    if (!latest) continue;
    const action = nextAction(latest);
    if (action.kind !== 'nothing') pending.push({ attempt: latest, action });
  }
  return pending;
}
