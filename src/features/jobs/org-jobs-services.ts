/**
 * What the org jobs pages need, handed in by src/app (features never import each other, and only
 * the app knows where Forklift keeps its own loads): the ingest calls, creator names, and which
 * jobs Forklift created.
 */
import type { IngestClient } from '../../salesforce/bulk/ingest-client';
import type { UserName } from '../../salesforce/user-names';

export interface OrgJobsServices {
  /** The org and user the pages work for: every query key carries them. */
  scope: { orgId: string; userId: string };
  ingest: Pick<
    IngestClient,
    'listIngestJobs' | 'getJobInfo' | 'abortJob' | 'deleteJob' | 'fetchJobResults'
  >;
  /** Names of the given user ids, keyed by their first 15 characters (user-names.ts). */
  userNames(ids: readonly string[]): Promise<ReadonlyMap<string, UserName>>;
  /** The load (its id, for `/loads/:loadId`) when Forklift created this job, else null. */
  findForkliftLoad(jobId: string): Promise<string | null>;
}
