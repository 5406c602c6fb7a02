/**
 * The results panel's service for one root load (issue 6): the load's rounds read from
 * IndexedDB, its File (kept in this page or chosen again), the results worker for everything
 * that reads the file, the ingest client for Salesforce's result files, the row-edits store for
 * the overlay, and a retry that starts a new load of the chosen rows.
 */
import type {
  RawResultKind,
  ResultsOverlay,
  ResultsService,
  RetryOutcome,
} from '../features/results/results-service';
import { readSourceRows } from '../features/results/read-source-rows';
import type { ResultsWorkerClient } from '../features/results/results-worker-client';
import type { LoadRecord, LoadStore, Owner } from '../lib/load-store';
import { formatMegabytes } from '../lib/format-numbers';
import type { ResultFilesStore } from '../lib/result-files-store';
import type { RowEditsStore } from '../lib/row-edits-store';
import { mappedFieldName } from '../load/column-mapping';
import type { IngestClient } from '../salesforce/bulk/ingest-client';
import type { LoadRecipe } from './load-page';
import type { LoadRounds } from './load-rounds';

export interface LoadResultsServiceInput {
  owner: Owner;
  rounds: LoadRounds;
  file: File;
  store: LoadStore;
  edits: RowEditsStore;
  resultFiles: ResultFilesStore;
  /** `navigator.storage.estimate`, where the browser has it. */
  estimateStorage?: () => Promise<StorageEstimate>;
  worker: ResultsWorkerClient;
  ingest: IngestClient;
  /**
   * Starts a retry of the chosen rows with the overlay (a new load) and opens its page, unless
   * held: the org's limits are read fresh and checked unless `despiteLimits`. `reconciledRounds`
   * (the load ids of the rounds this service reconciled) refuses a retry once others are stored.
   */
  startRetry(request: {
    rows: Uint8Array;
    overlay: ResultsOverlay;
    automatic: boolean;
    despiteLimits: boolean;
    reconciledRounds: readonly string[];
  }): Promise<RetryOutcome>;
}

/**
 * Whether every planned job of the root load ended or was cancelled (a final state for each):
 * then its rows never sent can never be sent by the load itself, and a retry may send them.
 */
export function rootJobsFinal(
  plannedJobs: number,
  jobs: readonly { planIndex: number; finalState: string | null }[],
): boolean {
  const final = new Set(jobs.filter((job) => job.finalState !== null).map((job) => job.planIndex));
  for (let plan = 0; plan < plannedJobs; plan++) if (!final.has(plan)) return false;
  return true;
}

/** The source file's column names, in file order, from the mapping (one plan per column). */
export function headerOf(recipe: LoadRecipe): string[] {
  const header: string[] = [];
  for (const plan of recipe.setup.mapping.columns) header[plan.column] = plan.header;
  return Array.from(header, (name, column) => name ?? `Column ${column + 1}`);
}

/** A result file's answer, or why Salesforce gave none (results are kept 7 days). */
export function bodyOf(response: Response, jobId: string, kind: RawResultKind): Response {
  if (!response.ok || !response.body)
    throw new Error(
      `Salesforce answered ${response.status} for the ${kind} of job ${jobId}${response.status === 404 ? ' (Salesforce keeps results for 7 days after a job ends)' : ''}`,
    );
  return response;
}

const RAW_KINDS: readonly RawResultKind[] = [
  'successfulResults',
  'failedResults',
  'unprocessedrecords',
];

/** Room left free when result files are kept: the rest of Forklift needs some too. */
const STORAGE_HEADROOM = 0.2;

export function createLoadResultsService(input: LoadResultsServiceInput): ResultsService {
  const { owner, rounds, file, worker, ingest, edits, resultFiles } = input;
  const { root } = rounds;
  const recipe = root.recipe as LoadRecipe;
  const rootId = root.loadId;
  const header = headerOf(recipe);
  let overlay: ResultsOverlay = { edits: [], valueMap: [] };
  const keep = async (next: Promise<ResultsOverlay>) => (overlay = await next);
  let keepFiles = root.keepResultFiles ?? false;

  /** Whether the files are kept, as stored now (another page of this load may have changed it). */
  async function keeping(): Promise<boolean> {
    keepFiles = (await input.store.getLoad(owner, rootId))?.keepResultFiles ?? false;
    return keepFiles;
  }

  /** A result file as Salesforce sent it: the kept copy first when files are kept. */
  async function resultFile(jobId: string, kind: RawResultKind): Promise<Blob> {
    if (await keeping()) {
      const kept = await resultFiles.get(owner, rootId, jobId, kind);
      if (kept) return kept;
    }
    const response = await ingest.fetchJobResults(jobId, kind);
    const blob = new Blob([await (await bodyOf(response, jobId, kind)).blob()], {
      type: 'text/csv',
    });
    if (keepFiles) await resultFiles.save(owner, rootId, jobId, kind, blob);
    return blob;
  }

  async function saveRoot(change: Partial<LoadRecord>) {
    const latest = await input.store.getLoad(owner, rootId);
    if (latest) await input.store.saveLoad({ ...latest, ...change });
  }

  const automaticRetriesDone = rounds.rounds.filter((load) => load.automaticRetry).length;

  return {
    header,
    jobIds: rounds.jobIds,
    rounds: rounds.rounds.length,
    automaticRetriesDone,
    retriesRunning: rounds.running,
    notSentFinal: rootJobsFinal(root.plannedJobs, rounds.inputs[0]?.jobs ?? []),
    autoRetryLockErrors: root.autoRetryLockErrors ?? false,
    columnOfField(field) {
      const wanted = field.toLowerCase();
      const plan = recipe.setup.mapping.columns.find(
        (c) => mappedFieldName(c.mapping)?.toLowerCase() === wanted,
      );
      return plan ? plan.column : null;
    },
    async setAutoRetryLockErrors(on) {
      await saveRoot({ autoRetryLockErrors: on });
    },
    get keepResultFiles() {
      return keepFiles;
    },
    async setKeepResultFiles(on) {
      if (!on) {
        keepFiles = false;
        await resultFiles.remove(owner, rootId);
        await saveRoot({ keepResultFiles: false });
        return 'The result files kept in this browser were deleted. Salesforce keeps its own copies for 7 days after each job ends.';
      }
      const files: { jobId: string; kind: RawResultKind; blob: Blob }[] = [];
      for (const jobId of rounds.jobIds)
        for (const kind of RAW_KINDS)
          files.push({ jobId, kind, blob: await resultFile(jobId, kind) });
      const bytes = files.reduce((sum, f) => sum + f.blob.size, 0);
      const estimate = await input.estimateStorage?.();
      if (estimate?.quota !== undefined) {
        const free = estimate.quota * (1 - STORAGE_HEADROOM) - (estimate.usage ?? 0);
        if (bytes > free)
          throw new Error(
            `the result files take ${formatMegabytes(bytes)} and this browser lets Forklift use only ${formatMegabytes(Math.max(0, free))} more. Download the files instead, or delete older loads from history first`,
          );
      }
      for (const f of files) await resultFiles.save(owner, rootId, f.jobId, f.kind, f.blob);
      keepFiles = true;
      await saveRoot({ keepResultFiles: true });
      return `${files.length} result files (${formatMegabytes(bytes)}) are kept in this browser: this load can be reconciled and its files downloaded after Salesforce deletes them.`;
    },
    reconcile(onProgress) {
      return worker.reconcile(
        {
          file,
          rounds: rounds.inputs,
          openResults: async (jobId, kind) => {
            if (await keeping()) return (await resultFile(jobId, kind)).stream();
            const response = bodyOf(await ingest.fetchJobResults(jobId, kind), jobId, kind);
            return response.body as ReadableStream<Uint8Array>;
          },
        },
        onProgress,
      );
    },
    async rememberCounts({ summary }) {
      const { rowCount, succeeded, created, failed, unprocessed, excluded, notSent } = summary;
      const { unknown, ambiguous } = summary;
      await saveRoot({
        resultCounts: {
          rowCount,
          succeeded,
          created,
          failed,
          unprocessed,
          excluded,
          notSent,
          unknown,
          ambiguous,
          reconciledAt: Date.now(),
        },
      });
    },
    readRows(rows) {
      if (!rounds.rowOffsets)
        return Promise.reject(
          new Error(
            'this load kept no row index, so its rows cannot be shown again; download the failed rows instead',
          ),
        );
      const { encoding, leadingBytes, dialect } = recipe;
      return readSourceRows({
        file,
        encoding,
        leadingBytes,
        dialect,
        rowOffsets: rounds.rowOffsets,
        rows,
      });
    },
    columnValues(rows, column) {
      return worker.columnValues({ file, recipe, rows, column, rowEdits: overlay.edits });
    },
    download(kind, outcomes, neutraliseFormulas) {
      return worker.download({
        file,
        recipe,
        outcomes,
        kind,
        neutraliseFormulas,
        rowEdits: overlay.edits,
      });
    },
    rawResults(jobId, kind) {
      return resultFile(jobId, kind);
    },
    async loadOverlay() {
      return keep(edits.get(owner, rootId));
    },
    setEdit(edit) {
      return keep(edits.setEdit(owner, rootId, edit));
    },
    removeEdit(row, column) {
      return keep(edits.removeEdit(owner, rootId, row, column));
    },
    setValue(entry) {
      return keep(edits.setValue(owner, rootId, entry));
    },
    retry(request) {
      const { rows, automatic, despiteLimits } = request;
      const reconciledRounds = rounds.rounds.map((load) => load.loadId);
      return input.startRetry({ rows, overlay, automatic, despiteLimits, reconciledRounds });
    },
  };
}
