/**
 * One results CSV of a job (salesforce-api.md §1.9), read as it streams in: UTF-8 (what Bulk
 * API 2.0 writes), comma and LF (the job Forklift created), parsed by the one CSV stream parser
 * and handed row by row, in our header's order, to the job's JobResultJoin. Nothing of the file
 * is kept here; the join keeps a hash per row.
 */
import { decodeTextStream } from '../csv/encodings';
import { parseCsvStream } from '../csv/parse-stream';
import type { JobResultJoin, ResultKindName } from '../load/reconcile/job-result-join';
import { ResultRowReader } from '../load/reconcile/result-row-reader';
import type { ResultsFileKind } from './results-protocol';

export const RESULT_KIND_NAMES: Record<ResultsFileKind, ResultKindName> = {
  successfulResults: 'successful',
  failedResults: 'failed',
  unprocessedrecords: 'unprocessed',
};

const RESULTS_DIALECT = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;

export interface ResultsFileHandle {
  /** Resolves with the rows read; rejects with an Error saying why the file could not be read. */
  done: Promise<number>;
  abort(): void;
}

export function readResultsFile(
  body: ReadableStream<Uint8Array>,
  kind: ResultsFileKind,
  ourHeader: readonly string[],
  join: JobResultJoin,
): ResultsFileHandle {
  const reader = new ResultRowReader(RESULT_KIND_NAMES[kind], ourHeader);
  let headerRead = false;
  let failure: Error | null = null;
  const text = decodeTextStream(body, 'utf-8');
  const handle = parseCsvStream(text, {
    dialect: RESULTS_DIALECT,
    encoding: 'utf-8',
    leadingBytes: 0,
    onHeader(header) {
      try {
        reader.read(header);
        headerRead = true;
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        handle.abort();
      }
    },
    onRows({ rows }) {
      if (!headerRead || failure !== null) return;
      for (const row of rows) {
        const result = reader.read(row);
        if (result !== null) join.addResult(result);
      }
    },
  });
  const done = handle.done.then((summary) => {
    if (failure !== null) throw failure;
    if (summary.status === 'aborted') throw new Error('Reading the results was stopped.');
    if (summary.status === 'failed') {
      const problem = summary.problems[0];
      throw new Error(
        problem
          ? `${problem.what} ${problem.meaning}`
          : 'The results could not be read to the end.',
      );
    }
    // A results file with no header at all (an empty body) has no rows: nothing to join.
    return summary.rows;
  });
  return { done, abort: () => handle.abort() };
}
