/**
 * The job size limit a load is cut at: Salesforce's own (the job planner's default), unless the
 * console's config.json sets a lower `jobMaxBytes` for tests (src/lib/app-config.ts), so that a
 * small file runs as several jobs. Applied alike to the check's jobs written along and to the
 * prepare request, so keeping the check screen's defaults still reuses the check's jobs.
 */
import { BULK_JOB_MAX_CSV_BYTES } from '../../csv/write-bulk-csv';
import type { PrepareOptions } from './prepare-worker-client';

/** `options` cut at `jobMaxBytes` (never above Salesforce's limit); unchanged when it is absent. */
export function withJobSizeLimit(
  options: PrepareOptions,
  jobMaxBytes: number | undefined,
): PrepareOptions {
  if (jobMaxBytes === undefined) return options;
  const maxBytes = Math.min(jobMaxBytes, BULK_JOB_MAX_CSV_BYTES);
  return { ...options, limits: { ...options.limits, maxBytes } };
}
