/**
 * The prepare worker's two passes over a File (docs/decisions/0013). `prepare`: PreflightChecker
 * per row (with the value map), the user's choice decides each row, kept rows' Bulk CSV values go
 * to the JobPlanner (or, sorted by parent, through a ParentSortBuffer first; the trial run's rows
 * never are: the trial job is always the first `trialRows` kept rows in file order, as the Confirm
 * dialog says, and only the rest is sorted). `check`: the same pass for the check screen's
 * default options, with a PreflightAggregator watching each row's problems: one checker run per
 * row serves both the report and the default jobs (decision 0022).
 * A retry prepares only its rows (`onlyRows`) and both passes read the user's edits over the file
 * (RowOverlay). Per row nothing is allocated here beyond the line the planner writes (and an
 * edited row's copy).
 */
import type { ParseSummary } from '../csv/parse-stream';
import { JobPlanner } from '../load/job-plan/job-planner';
import { ROW_NOT_PLANNED } from '../load/job-plan/row-job-index';
import { PreflightAggregator } from '../load/preflight/preflight-aggregator';
import { ParentSortBuffer } from './parent-sort-buffer';
import { failureMessage } from './prepare-failure';
import type { CheckRequest, PrepareRequest, PreparedPlanData } from './prepare-protocol';
import { parentKeyOutput } from '../load/job-plan/parent-key';
import { PrepareRowChecker } from './prepare-row-checker';
import { streamRows, type RowStreamEnd } from './row-stream';

export type PassOutcome<T> =
  { status: 'done'; result: T } | Exclude<RowStreamEnd, { status: 'complete' }>;

export interface Pass<T> {
  done: Promise<PassOutcome<T>>;
  abort(): void;
}

export type OnRowsProgress = (rows: number, bytes: number) => void;

export interface CheckResultData {
  summary: CheckedSummary;
  rowCount: number;
  /** The jobs the request's `prepareAlong` asked for. */
  prepared: PreparedData;
  /** The parse summary, when the request asked to keep the reading. */
  reading?: ParseSummary;
}
type CheckedSummary = ReturnType<PreflightAggregator['summary']>;

/** The check and the prepare pass its `prepareAlong` asks for, from one checker run per row. */
export function runCheckPass(
  request: CheckRequest,
  onProgress: OnRowsProgress,
): Pass<CheckResultData> {
  const { type: _type, prepareAlong, keepReading, ...file } = request;
  const aggregator = new PreflightAggregator();
  let reading: ParseSummary | null = null;
  const prepare = runPreparePass(
    { ...file, ...prepareAlong, type: 'prepare' },
    onProgress,
    aggregator,
    (summary) => (reading = summary),
  );
  const done = prepare.done.then((outcome): PassOutcome<CheckResultData> => {
    if (outcome.status !== 'done') return outcome;
    const prepared = outcome.result;
    const result = { summary: aggregator.summary(), rowCount: prepared.rowCount, prepared };
    return { status: 'done', result: keepReading && reading ? { ...result, reading } : result };
  });
  return { done, abort: prepare.abort };
}

export type PreparedData = PreparedPlanData;

export function runPreparePass(
  request: PrepareRequest,
  onProgress: OnRowsProgress,
  /** Sees every checked row's problems too (a check that prepares along). */
  aggregator: PreflightAggregator | null = null,
  /** Gets the file's parse summary once the file was read to the end. */
  onReadToEnd?: (summary: ParseSummary) => void,
): Pass<PreparedData> {
  const rows = new PrepareRowChecker(
    request,
    aggregator && ((rowIndex, problems) => aggregator.add(rowIndex, problems)),
  );
  aggregator?.addLoadProblems(rows.checker.loadProblems);
  const planner = new JobPlanner(rows.headers, {
    ...request.limits,
    trialRows: request.trialRows,
  });
  const parentKey = request.sortByParent ? parentKeyOutput(rows.setup) : null;
  const buffer = parentKey === null ? null : new ParentSortBuffer(parentKey);
  const values = rows.values;
  let unwritable = 0;
  /** Kept rows still to go straight to the planner, in file order, before any sorting. */
  let trialLeft = buffer === null ? 0 : Math.max(0, request.trialRows);

  const stream = streamRows(
    request,
    (row, rowIndex) => {
      const verdict = rows.verdict(row, rowIndex);
      if (verdict === 'skip') return;
      if (verdict !== 'keep') {
        planner.exclude(rowIndex);
        if (verdict === 'unwritable') unwritable++;
      } else if (buffer !== null && trialLeft === 0) buffer.add(rowIndex, values);
      else {
        if (trialLeft > 0) trialLeft--;
        planner.addRow(rowIndex, values);
      }
    },
    onProgress,
  );

  const done = stream.done.then((end): PassOutcome<PreparedData> => {
    if (end.status !== 'complete') return end;
    onReadToEnd?.(end.summary);
    try {
      buffer?.drain((rowIndex, line, bytes) => planner.addEncodedRow(rowIndex, line, bytes));
    } catch (error) {
      return { status: 'failed', message: failureMessage(error, buffer?.currentRow ?? null) };
    }
    const plan = planner.finish();
    return {
      status: 'done',
      result: {
        headers: [...plan.headers],
        jobs: plan.jobs.map((job) => ({
          planIndex: job.index,
          trial: job.trial,
          rows: job.rows,
          body: job.body.blob,
        })),
        rowJobs: everyRow(plan.rowJobs.toArray(), end.rows),
        excludedRows: plan.excludedRows,
        unwritableRows: unwritable,
        rowCount: end.rows,
      },
    };
  });
  return { done, abort: stream.abort };
}

/** The row index with one entry per source row: rows after the last planned one are ROW_NOT_PLANNED. */
function everyRow(rowJobs: Uint32Array, rowCount: number): Uint32Array {
  if (rowJobs.length >= rowCount) return rowJobs;
  const full = new Uint32Array(rowCount).fill(ROW_NOT_PLANNED);
  full.set(rowJobs);
  return full;
}
