/**
 * Browser test support for the org jobs pages: services over a real demo org session (password
 * grant) and a fresh IndexedDB load store, jobs made through the ingest client as any other tool
 * would, and the pages rendered under a router with both routes.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { deleteDB } from 'idb';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { openForkliftDb, type ForkliftDatabase } from '../../../lib/idb-database';
import { createLoadStore, type LoadStore } from '../../../lib/load-store';
import { createQueryClient } from '../../../lib/query-client';
import { createIngestClient, type IngestClient } from '../../../salesforce/bulk/ingest-client';
import {
  isTerminalJobState,
  type IngestJobSpec,
  type JobInfo,
} from '../../../salesforce/bulk/ingest-types';
import { passwordSessions } from '../../../salesforce/bulk/test-support/browser-demo-org';
import { createSalesforceClient } from '../../../salesforce/rest-client';
import { fetchUserNames } from '../../../salesforce/user-names';
import { JobDetail } from '../job-detail';
import { OrgJobsList } from '../org-jobs-list';
import type { OrgJobsServices } from '../org-jobs-services';

export interface DemoOrgJobs {
  services: OrgJobsServices;
  ingest: IngestClient;
  store: LoadStore;
  dispose(): Promise<void>;
}

let counter = 0;

export async function demoOrgJobs(): Promise<DemoOrgJobs> {
  const sessions = await passwordSessions();
  const session = sessions.currentSession();
  if (!session) throw new Error('The password grant gave no session');
  const client = createSalesforceClient({ sessions, apiVersion: '62.0' });
  const ingest = createIngestClient({ client, sessions });
  const name = `forklift-org-jobs-test-${Date.now()}-${counter++}`;
  const db: ForkliftDatabase = await openForkliftDb(name);
  const store = createLoadStore(async () => db);
  const scope = { orgId: session.orgId, userId: session.userId };
  return {
    ingest,
    store,
    services: {
      scope,
      ingest,
      userNames: (ids) => fetchUserNames(client, ids),
      findForkliftLoad: async (jobId) => (await store.findJobRecord(scope, jobId))?.loadId ?? null,
    },
    async dispose() {
      db.close();
      await deleteDB(name);
    },
  };
}

/** A job made as another tool makes one: create, upload, and (unless told) close. */
export async function makeJob(
  ingest: IngestClient,
  csv: string,
  spec: IngestJobSpec = { object: 'Contact', operation: 'insert' },
  options: { close?: boolean } = {},
): Promise<string> {
  const job = await ingest.createIngestJob(spec);
  await ingest.uploadJobData(job, new Blob([csv], { type: 'text/csv' }));
  if (options.close !== false) await ingest.closeJob(job.id);
  return job.id;
}

/** Polls the job until it has ended (the demo org at `fast` pace ends jobs within moments). */
export async function ended(ingest: IngestClient, jobId: string): Promise<JobInfo> {
  for (let poll = 0; poll < 200; poll++) {
    const info = await ingest.getJobInfo(jobId);
    if (isTerminalJobState(info.state)) return info;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Job ${jobId} did not end`);
}

/** Marks a job as Forklift's, as the run orchestrator's write-ahead record does. */
export async function markForklift(jobs: DemoOrgJobs, jobId: string, loadId: string) {
  await jobs.store.saveJobRecord(jobs.services.scope, {
    loadId,
    planIndex: 0,
    attempt: 0,
    step: { state: 'closed', jobId },
  });
}

let root: Root | null = null;

/** Both pages under one router, starting at `path`. */
export function renderOrgJobs(services: OrgJobsServices, path: string) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/jobs" element={<OrgJobsList services={services} />} />
            <Route path="/jobs/:jobId" element={<JobRoute services={services} />} />
            <Route path="/loads/:loadId" element={<h1>Load page</h1>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

function JobRoute({ services }: { services: OrgJobsServices }) {
  const { jobId = '' } = useParams();
  return <JobDetail key={jobId} services={services} jobId={jobId} />;
}

export function unmountOrgJobs() {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
}
