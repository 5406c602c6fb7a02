/**
 * GET /jobs/ingest (salesforce-api.md §1.8): every ingest job of the org, filtered by `jobType`
 * (these are all `V2Ingest`; `Classic` and `BigObjectIngest` list none) and by
 * `isPkChunkingEnabled` (no Bulk 2.0 ingest job uses PK chunking), up to 1000 per page with a
 * `queryLocator` to the next page.
 */
import { IngestApiError } from './ingest-api-error';
import type { IngestJob } from './ingest-job';

export const JOB_LIST_PAGE_SIZE = 1000;
const LOCATOR_PREFIX = '01gFk';

export interface JobListQuery {
  jobType?: string | undefined;
  isPkChunkingEnabled?: string | undefined;
  queryLocator?: string | undefined;
}

export interface JobListPage {
  done: boolean;
  records: IngestJob[];
  /** The locator of the next page, when not done. */
  nextLocator: string | undefined;
}

export function listJobsPage(
  jobs: readonly IngestJob[],
  query: JobListQuery,
  pageSize = JOB_LIST_PAGE_SIZE,
): JobListPage {
  const matching =
    (query.jobType === undefined || query.jobType === 'V2Ingest') &&
    query.isPkChunkingEnabled !== 'true'
      ? jobs
      : [];
  const offset = query.queryLocator === undefined ? 0 : parseLocator(query.queryLocator);
  const records = matching.slice(offset, offset + pageSize);
  const done = offset + pageSize >= matching.length;
  return {
    done,
    records,
    nextLocator: done ? undefined : `${LOCATOR_PREFIX}${(offset + pageSize).toString(36)}`,
  };
}

function parseLocator(locator: string): number {
  const offset = locator.startsWith(LOCATOR_PREFIX)
    ? parseInt(locator.slice(LOCATOR_PREFIX.length), 36)
    : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new IngestApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  }
  return offset;
}
