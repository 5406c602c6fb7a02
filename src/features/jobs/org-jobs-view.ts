/**
 * The list page's view of the org's jobs: filtered by state and object, sorted by created date,
 * cut into pages. Pure, so the table renders only what one page shows and its counters are
 * fetched for those rows only (org-jobs-view.test.ts).
 */
import type { JobState, ListedJobInfo } from '../../salesforce/bulk/ingest-types';
import { salesforceDateMs } from './job-words';

export const JOBS_PER_PAGE = 25;

export type CreatedOrder = 'newest' | 'oldest';

export interface OrgJobsFilter {
  /** '' for every state. */
  state: JobState | '';
  /** '' for every object; otherwise the object's API name, exactly. */
  object: string;
  order: CreatedOrder;
  /** 0-based. */
  page: number;
}

export const INITIAL_FILTER: OrgJobsFilter = { state: '', object: '', order: 'newest', page: 0 };

export interface OrgJobsView {
  rows: ListedJobInfo[];
  /** Jobs that pass the filter, on every page. */
  matching: number;
  pageCount: number;
  /** The page shown, clamped to the pages there are. */
  page: number;
}

export function orgJobsView(jobs: readonly ListedJobInfo[], filter: OrgJobsFilter): OrgJobsView {
  const direction = filter.order === 'newest' ? -1 : 1;
  const matching = jobs
    .filter((job) => filter.state === '' || job.state === filter.state)
    .filter((job) => filter.object === '' || job.object === filter.object)
    .map((job) => ({ job, at: salesforceDateMs(job.createdDate) }))
    // Unreadable dates go last either way; equal dates keep a stable order by id.
    .sort((a, b) => {
      if (Number.isNaN(a.at) !== Number.isNaN(b.at)) return Number.isNaN(a.at) ? 1 : -1;
      return direction * (a.at - b.at) || (a.job.id < b.job.id ? -1 : 1);
    })
    .map(({ job }) => job);
  const pageCount = Math.max(1, Math.ceil(matching.length / JOBS_PER_PAGE));
  const page = Math.min(Math.max(0, filter.page), pageCount - 1);
  return {
    rows: matching.slice(page * JOBS_PER_PAGE, (page + 1) * JOBS_PER_PAGE),
    matching: matching.length,
    pageCount,
    page,
  };
}

/** The objects the org's jobs load, for the object filter: sorted, each once. */
export function jobObjects(jobs: readonly ListedJobInfo[]): string[] {
  return [...new Set(jobs.map((job) => job.object))].sort((a, b) => a.localeCompare(b));
}
