/**
 * Query key factories and options for the org jobs pages (design.md §3): the job list, one job's
 * info (polled while it is not terminal, backing off while its counters stand still: the same
 * schedule as a running load, src/load/run-state/poll-schedule.ts), creator names, and whether
 * Forklift created a job. Every key carries the org and user, so another sign-in never sees the
 * previous org's jobs.
 */
import { queryOptions, type Query } from '@tanstack/react-query';
import {
  INITIAL_POLL_TRACK,
  nextPollDelay,
  trackPoll,
  type PollTrack,
} from '../../load/run-state/poll-schedule';
import type { JobInfo } from '../../salesforce/bulk/ingest-types';
import type { OrgJobsServices } from './org-jobs-services';

type Scope = OrgJobsServices['scope'];

/** The list is re-read when asked, or when it is older than this and a page mounts. */
const JOB_LIST_STALE_MS = 15_000;

export const orgJobsKeys = {
  all: (scope: Scope) => ['org-jobs', scope.orgId, scope.userId] as const,
  list: (scope: Scope) => [...orgJobsKeys.all(scope), 'list'] as const,
  job: (scope: Scope, jobId: string) => [...orgJobsKeys.all(scope), 'job', jobId] as const,
  users: (scope: Scope, ids: readonly string[]) =>
    [...orgJobsKeys.all(scope), 'users', ...ids] as const,
  forkliftLoad: (scope: Scope, jobId: string) =>
    [...orgJobsKeys.all(scope), 'forklift-load', jobId] as const,
};

/** A job's info with the poll track that decides when to ask again. */
export interface PolledJob {
  info: JobInfo;
  track: PollTrack;
}

/** Milliseconds to the next poll; false once the job is terminal or the last poll failed. */
export function jobRefetchInterval(query: Query<PolledJob, Error>): number | false {
  const { data, status } = query.state;
  if (!data || status === 'error') return false;
  return nextPollDelay(data.track);
}

export function orgJobsQueryOptions(services: OrgJobsServices) {
  return queryOptions({
    queryKey: orgJobsKeys.list(services.scope),
    // Bulk 2.0 ingest only: without the filter the list also holds Bulk 1.0 jobs (§1.8).
    queryFn: ({ signal }) => services.ingest.listIngestJobs({ signal, jobType: 'V2Ingest' }),
    staleTime: JOB_LIST_STALE_MS,
  });
}

export function jobQueryOptions(services: OrgJobsServices, jobId: string) {
  return queryOptions({
    queryKey: orgJobsKeys.job(services.scope, jobId),
    queryFn: async ({ signal, client, queryKey }): Promise<PolledJob> => {
      const previous = client.getQueryData<PolledJob>(queryKey);
      const info = await services.ingest.getJobInfo(jobId, { signal });
      const track = trackPoll(previous?.track ?? INITIAL_POLL_TRACK, {
        state: info.state,
        counters: info,
        at: Date.now(),
      });
      return { info, track };
    },
    refetchInterval: jobRefetchInterval,
    refetchIntervalInBackground: true,
  });
}

export function userNamesQueryOptions(services: OrgJobsServices, ids: readonly string[]) {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: orgJobsKeys.users(services.scope, sorted),
    queryFn: () => services.userNames(sorted),
    enabled: sorted.length > 0,
    staleTime: Infinity,
  });
}

export function forkliftLoadQueryOptions(services: OrgJobsServices, jobId: string) {
  return queryOptions({
    queryKey: orgJobsKeys.forkliftLoad(services.scope, jobId),
    queryFn: () => services.findForkliftLoad(jobId),
    staleTime: Infinity,
  });
}
