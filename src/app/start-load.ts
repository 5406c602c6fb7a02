/**
 * What "Confirm" does (issue 5): write the load, its plan and its row map to IndexedDB before a
 * single job is created, keep the prepared Blobs in this page, and give the load page its id.
 */
import { parallelJobsFor } from '../features/preflight/preflight-decision';
import type { PreparedLoad } from '../features/preflight/preflight-step';
import { sourceFileIdentity } from '../lib/file-identity';
import { browserLoadStore, type Owner } from '../lib/load-store';
import { keepPreparedJobs } from '../lib/prepared-loads';
import { keepSourceFile } from '../lib/source-files';
import type { LoadMapping } from '../load/column-mapping';
import type { OrgIdentity } from '../salesforce/org-identity';

export interface StartLoadInput {
  owner: Owner;
  identity: Pick<OrgIdentity, 'orgName' | 'username'>;
  file: File;
  rowCount: number;
  rowOffsets: Float64Array | null;
  mapping: LoadMapping;
  assignmentRuleId: string | null;
  prepared: PreparedLoad;
}

export async function startLoad(input: StartLoadInput): Promise<string> {
  const { owner, prepared, mapping } = input;
  const { plan, decision } = prepared;
  const loadId = crypto.randomUUID();
  const parallelJobs = parallelJobsFor(decision, plan.jobs.length);
  await browserLoadStore.saveLoad({
    ...owner,
    loadId,
    orgName: input.identity.orgName,
    username: input.identity.username,
    object: mapping.object,
    operation: mapping.operation,
    externalIdFieldName: mapping.operation === 'upsert' ? mapping.matchingField : null,
    assignmentRuleId: input.assignmentRuleId,
    file: await sourceFileIdentity(input.file),
    rowCount: input.rowCount,
    excludedRows: plan.excludedRows,
    plannedJobs: plan.jobs.length,
    rowsPerJob: plan.jobs.map((job) => job.rows),
    trialRows: decision.trialRows > 0 ? (plan.jobs[0]?.rows ?? 0) : 0,
    // Written only when opted in: a record without it runs one job after another.
    ...(parallelJobs > 1 ? { parallelJobs } : {}),
    recipe: prepared.request,
    status: 'running',
  });
  await browserLoadStore.saveRowMap(owner, loadId, {
    jobOfRow: plan.rowJobs,
    ...(input.rowOffsets ? { rowOffsets: input.rowOffsets } : {}),
  });
  keepPreparedJobs(loadId, plan.jobs);
  // The results page reads rows from it and retries from it, without asking for it again.
  keepSourceFile(loadId, input.file);
  return loadId;
}
