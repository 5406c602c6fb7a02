/**
 * What the run orchestrator sends for a stored load (the same for every job), read from its
 * record: also after a reload, and for records written before an option existed.
 */
import type { LoadRunSpec } from '../features/run/load-run-types';
import type { LoadRecord, Owner } from '../lib/load-store';
import type { IngestOperation } from '../salesforce/bulk/ingest-types';

export function specOf(owner: Owner, load: LoadRecord): LoadRunSpec {
  return {
    owner,
    loadId: load.loadId,
    object: load.object,
    operation: load.operation as IngestOperation,
    externalIdFieldName: load.externalIdFieldName,
    assignmentRuleId: load.assignmentRuleId,
    plannedJobs: load.plannedJobs,
    rowsPerJob: load.rowsPerJob,
    trialRun: load.trialRows > 0,
    // Records written before the option existed, or without it: one job after another.
    parallelJobs: load.parallelJobs ?? 1,
  };
}
