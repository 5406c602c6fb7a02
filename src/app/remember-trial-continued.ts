/**
 * The user's Continue after the trial job, stored on the load's record (LoadRecord.trialContinued)
 * before the run is told: a reload that comes before the next job is created resumes the load
 * without asking again (run-resume.ts reads it back).
 */
import type { LoadStore, Owner } from '../lib/load-store';

export async function rememberTrialContinued(
  store: LoadStore,
  owner: Owner,
  loadId: string,
): Promise<void> {
  const load = await store.getLoad(owner, loadId);
  if (load && load.trialContinued !== true) await store.saveLoad({ ...load, trialContinued: true });
}
