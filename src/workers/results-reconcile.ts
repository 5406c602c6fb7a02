/**
 * The reconciliation of a load (issue 6, design.md §4), round by round (the root load, then each
 * retry; a later round's outcome replaces an earlier one for the rows it sent):
 *
 * 1. One pass over the File re-running the round's preflight exactly as its prepare pass did
 *    (same setup, value map, edits, choice, rows taking part: PrepareRowChecker) but writing
 *    nothing: each sent row's Bulk CSV values go to the JobResultJoin of its job (from the
 *    round's `rowJobs`), rows excluded before upload and rows of jobs never sent are marked.
 * 2. Each job's three results files, asked for one at a time and parsed as they stream in.
 *    A job whose results cannot all be read is listed in `unreadJobs` with the reason, and
 *    its rows stay `unknown`: never a success or a failure on partial evidence.
 */
import { ROW_EXCLUDED, ROW_NOT_PLANNED } from '../load/job-plan/row-job-index';
import { JobResultJoin, type JobJoinColumns } from '../load/reconcile/job-result-join';
import { RowOutcomesBuilder } from '../load/reconcile/row-outcomes-builder';
import type { Reconciliation } from '../load/reconcile/row-outcomes';
import { summarize } from '../load/reconcile/reconcile-summary';
import { PrepareRowChecker } from './prepare-row-checker';
import { readResultsFile } from './results-file-read';
import { joinColumnsFor } from './results-join-columns';
import {
  RESULTS_FILE_KINDS,
  type ReconcileJobInput,
  type ReconcileRoundInput,
  type ResultsFileKind,
  type ResultsPhase,
} from './results-protocol';
import { streamRows } from './row-stream';

export interface ReconcileContext {
  /** The page fetches one results file; rejects with the reason it could not. */
  openResults(jobId: string, kind: ResultsFileKind): Promise<ReadableStream<Uint8Array>>;
  onProgress(phase: ResultsPhase, done: number, total: number): void;
  /** Set when the request is cancelled: the work stops at the next step. */
  signal: AbortSignal;
}

/** Stops a reconciliation: the message is meant for the admin. */
export class ReconcileStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReconcileStopped';
  }
}

interface SentJob {
  input: ReconcileJobInput & { jobId: string };
  slot: number;
  /** The Bulk CSV header the job was sent with. */
  header: readonly string[];
  join: JobResultJoin;
}

export async function reconcileRounds(
  file: File,
  rounds: readonly ReconcileRoundInput[],
  context: ReconcileContext,
): Promise<Reconciliation> {
  if (rounds.length === 0) throw new ReconcileStopped('There is no load to reconcile.');
  const rowCount = Math.max(...rounds.map((round) => round.rowJobs.length));
  const builder = new RowOutcomesBuilder(rowCount);
  const unreadJobs: { jobId: string; message: string }[] = [];
  let unmatchedResults = 0;
  const filesTotal =
    RESULTS_FILE_KINDS.length *
    rounds.reduce((n, round) => n + round.jobs.filter((job) => sentJobId(job) !== null).length, 0);
  let filesDone = 0;

  for (let r = 0; r < rounds.length; r++) {
    const round = rounds[r] as ReconcileRoundInput;
    if (r > 0) builder.beginRound();
    const jobs = await readSentRows(file, round, builder, rowCount, r, rounds.length, context);
    for (const job of jobs) {
      const { jobId } = job.input;
      let message: string | null = null;
      for (const kind of RESULTS_FILE_KINDS) {
        if (context.signal.aborted) throw new ReconcileStopped('The reconciliation was stopped.');
        if (message === null) message = await readOne(job, kind, context);
        context.onProgress('results', ++filesDone, filesTotal);
      }
      if (message === null) {
        unmatchedResults += job.join.finish(builder).unmatchedResults;
        continue;
      }
      unreadJobs.push({ jobId, message });
      const plan = job.input.planIndex;
      for (let row = 0; row < round.rowJobs.length; row++)
        if (round.rowJobs[row] === plan) builder.markUnknown(row, job.slot);
    }
  }
  const outcomes = builder.toOutcomes();
  return { outcomes, summary: summarize(outcomes, { unmatchedResults, unreadJobs }) };
}

/** The job's Id when its rows were sent: null for a job never created or cancelled before upload. */
function sentJobId(job: ReconcileJobInput): string | null {
  return job.jobId === null || job.finalState === 'cancelled' ? null : job.jobId;
}

/** Pass 1 of a round: every sent row to its job's join; excluded and not-sent rows marked. */
async function readSentRows(
  file: File,
  round: ReconcileRoundInput,
  builder: RowOutcomesBuilder,
  rowCount: number,
  roundIndex: number,
  roundCount: number,
  context: ReconcileContext,
): Promise<SentJob[]> {
  const { recipe, rowJobs } = round;
  const checker = new PrepareRowChecker(recipe);
  const columns: JobJoinColumns = joinColumnsFor(checker.setup, [...checker.headers]);
  const byPlan = new Map<number, SentJob | null>();
  const sent: SentJob[] = [];
  for (const job of round.jobs) {
    const jobId = sentJobId(job);
    if (jobId === null) {
      byPlan.set(job.planIndex, null);
      continue;
    }
    const slot = builder.registerJob(jobId);
    const entry: SentJob = {
      input: { ...job, jobId },
      slot,
      header: columns.header,
      join: new JobResultJoin(columns, slot),
    };
    byPlan.set(job.planIndex, entry);
    sent.push(entry);
  }

  const base = roundIndex * rowCount;
  const total = roundCount * rowCount;
  const stream = streamRows(
    { ...recipe, file },
    (row, rowIndex) => {
      if (rowIndex >= rowCount)
        throw new Error(
          `the file has more rows than the load had (${rowCount}): it is not the file that was loaded.`,
        );
      const verdict = checker.verdict(row, rowIndex);
      const plan = rowJobs[rowIndex] ?? ROW_NOT_PLANNED;
      if (plan === ROW_NOT_PLANNED) return;
      // A retry's row that never reached Salesforce (left out by the retry's checks, or its
      // job cancelled) keeps what the earlier round said — failed stays failed, and retryable —
      // rather than becoming "excluded" or "not sent" and dropping out of every later retry.
      if (plan === ROW_EXCLUDED)
        return roundIndex === 0 ? builder.markExcluded(rowIndex) : undefined;
      const job = byPlan.get(plan);
      if (job === undefined || job === null)
        return roundIndex === 0 ? builder.markNotSent(rowIndex) : undefined;
      if (verdict === 'skip')
        throw new Error('the rows of the retry do not match the rows that were sent.');
      job.join.addSentRow(rowIndex, checker.values);
    },
    (rows) => context.onProgress('rows', base + rows, total),
  );
  const abort = () => stream.abort();
  context.signal.addEventListener('abort', abort);
  const end = await stream.done.finally(() => context.signal.removeEventListener('abort', abort));
  if (end.status === 'aborted') throw new ReconcileStopped('The reconciliation was stopped.');
  if (end.status === 'failed') throw new ReconcileStopped(end.message);
  context.onProgress('rows', base + rowCount, total);
  return sent;
}

/** Reads one results file into the job's join; returns why it could not, or null. */
async function readOne(
  job: SentJob,
  kind: ResultsFileKind,
  context: ReconcileContext,
): Promise<string | null> {
  const { jobId } = job.input;
  let body: ReadableStream<Uint8Array>;
  try {
    body = await context.openResults(jobId, kind);
  } catch (error) {
    return unreadMessage(jobId, kind, error);
  }
  const reading = readResultsFile(body, kind, job.header, job.join);
  const abort = () => reading.abort();
  context.signal.addEventListener('abort', abort);
  try {
    await reading.done;
    return null;
  } catch (error) {
    if (context.signal.aborted) throw new ReconcileStopped('The reconciliation was stopped.');
    return unreadMessage(jobId, kind, error);
  } finally {
    context.signal.removeEventListener('abort', abort);
  }
}

const KIND_WORDS: Record<ResultsFileKind, string> = {
  successfulResults: 'successful results',
  failedResults: 'failed results',
  unprocessedrecords: 'unprocessed records',
};

function unreadMessage(jobId: string, kind: ResultsFileKind, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    `The ${KIND_WORDS[kind]} of job ${jobId} could not be read (${detail.replace(/\.$/, '')}), ` +
    'so its rows are shown as unknown, neither succeeded nor failed. Salesforce keeps results ' +
    'for 7 days after a job ends: reconcile again later, or open the job from the job list.'
  );
}
