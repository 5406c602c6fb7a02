/**
 * The prepared Bulk CSV of each load, held in this page's memory between the New load page (which
 * prepares it) and the load page (which sends it). Blobs are never written to IndexedDB: after a
 * reload the jobs not yet uploaded are prepared again from the same file, dropped again.
 */

export interface PreparedJobBody {
  planIndex: number;
  trial: boolean;
  rows: number;
  body: Blob;
}

const prepared = new Map<string, readonly PreparedJobBody[]>();

export function keepPreparedJobs(loadId: string, jobs: readonly PreparedJobBody[]): void {
  prepared.set(loadId, jobs);
}

/** The jobs prepared in this page for the load, or null after a reload. */
export function preparedJobsOf(loadId: string): readonly PreparedJobBody[] | null {
  return prepared.get(loadId) ?? null;
}

/** Lets the Blobs go once every job is uploaded. */
export function forgetPreparedJobs(loadId: string): void {
  prepared.delete(loadId);
}

/** Sign-out: no prepared rows stay in the page for the next user. */
export function forgetAllPreparedJobs(): void {
  prepared.clear();
}
