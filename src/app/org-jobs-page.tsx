/**
 * `/jobs` and the services the org jobs feature needs, composed here because only the app knows
 * both Salesforce and where Forklift keeps its own loads (IndexedDB, src/lib/load-store.ts): a job
 * with a write-ahead record for this org and user is Forklift's, and links to its load.
 */
import { useMemo } from 'react';
import type { OrgJobsServices } from '../features/jobs/org-jobs-services';
import { OrgJobsList } from '../features/jobs/org-jobs-list';
import { browserLoadStore, type Owner } from '../lib/load-store';
import { createIngestClient } from '../salesforce/bulk/ingest-client';
import { useSalesforce, useSessionState } from '../salesforce/salesforce-context';
import { fetchUserNames } from '../salesforce/user-names';
import { signedInKey } from './signed-in-key';

export function useOrgJobsServices(): OrgJobsServices | null {
  const { client, sessions } = useSalesforce();
  const owner = signedInKey(useSessionState());
  const orgId = owner?.orgId;
  const userId = owner?.userId;
  return useMemo(() => {
    if (!orgId || !userId) return null;
    const scope: Owner = { orgId, userId };
    return {
      scope,
      ingest: createIngestClient({ client, sessions }),
      userNames: (ids) => fetchUserNames(client, ids),
      findForkliftLoad: async (jobId) =>
        (await browserLoadStore.findJobRecord(scope, jobId))?.loadId ?? null,
    };
  }, [client, sessions, orgId, userId]);
}

export function OrgJobsPage() {
  const services = useOrgJobsServices();
  return services ? <OrgJobsList services={services} /> : null;
}
