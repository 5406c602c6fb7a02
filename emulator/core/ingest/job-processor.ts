/**
 * Moves a closed job forward one step at a time (salesforce-api.md §1.10, §7.4–5):
 * UploadComplete → InProgress (line endings and header checked; a bad header fails the job with
 * 0/0 counters), then rows in batches of 10,000, counters growing as they go, then JobComplete —
 * or Failed half-way when a fault says so, leaving the rest unprocessed. The caller decides when
 * each step runs (job-scheduler.ts); every step is synchronous and bounded. Rows stream: each is
 * read, written and forgotten, so a step allocates little that outlives it.
 */
import { BatchReader } from './batch-reader';
import { resolveHeader } from './header-plan';
import type { IngestJob } from './ingest-job';
import type { IngestPort, ProcessingFaults } from './ingest-port';
import { COLUMN_DELIMITERS, ROW_OUTCOME } from './ingest-types';
import { createRowWriter } from './row-writer';
import type { RowResult, RowWriter } from './row-writer';
import {
  BATCH_ROWS,
  EMPTY_JOB_COMPLETES,
  JOB_FAILURE,
  malformedQuotes,
  SKIP_BLANK_LINES,
  wrongColumnCount,
} from './salesforce-choices';
import { unableToLockRow } from './row-errors';
import { hasForeignLineEnding, UploadReader } from './upload-reader';

const LOCK_ERROR = unableToLockRow().text;

interface Run {
  reader: BatchReader;
  writer: RowWriter;
  columnCount: number;
  /** Rows written in the current batch of BATCH_ROWS (§1.13). */
  rowsInBatch: number;
}

export type StepResult = 'more' | 'done';

export class JobProcessor {
  private readonly runs = new Map<string, Run>();
  private readonly out: RowResult = {
    outcome: ROW_OUTCOME.Unprocessed,
    id: undefined,
    error: undefined,
  };

  constructor(
    private readonly port: IngestPort,
    private readonly faults: ProcessingFaults,
  ) {}

  /** Runs one step of at most `maxRows` rows; 'done' once the job needs no more steps. */
  step(job: IngestJob, maxRows: number): StepResult {
    if (job.state === 'UploadComplete') return this.begin(job);
    const run = this.runs.get(job.id);
    if (job.state !== 'InProgress' || run === undefined) {
      this.runs.delete(job.id);
      return 'done';
    }
    const startedStep = this.port.now();
    const result = this.processRows(job, run, maxRows);
    run.writer.endStep();
    const now = this.port.now();
    job.apiActiveProcessingTime += now - startedStep;
    job.totalProcessingTime = now - (job.startedAt ?? now);
    job.systemModstamp = now;
    return result;
  }

  /** Forgets a job's run (after an abort or a delete). */
  forget(jobId: string): void {
    this.runs.delete(jobId);
  }

  private begin(job: IngestJob): StepResult {
    const now = this.port.now();
    job.state = 'InProgress';
    job.startedAt = now;
    job.systemModstamp = now;
    const bytes = job.upload;
    const delimiter = COLUMN_DELIMITERS[job.columnDelimiter];
    if ((bytes === undefined || bytes.length === 0) && EMPTY_JOB_COMPLETES)
      return this.finish(job, 'JobComplete');
    if (bytes === undefined) return this.finish(job, 'JobComplete');
    if (hasForeignLineEnding(bytes, delimiter, job.lineEnding)) {
      return this.finish(job, 'Failed', JOB_FAILURE.lineEnding(job.lineEnding));
    }
    const reader = new UploadReader(bytes, delimiter);
    const headers = reader.readRow() ?? [];
    job.headers = headers;
    job.nextRowOffset = reader.pos;
    const resolution = resolveHeader(headers, job.objectName, this.port.schema, this.port.ids);
    if (!resolution.ok) return this.finish(job, 'Failed', resolution.errorMessage);
    job.columns = resolution.columns;
    const writer = createRowWriter({
      schema: this.port.schema,
      store: this.port.store,
      ids: this.port.ids,
      userId: job.createdById,
      objectName: job.objectName,
      operation: job.operation,
      columns: resolution.columns,
      externalIdField:
        job.externalIdFieldName === undefined
          ? undefined
          : this.port.schema.getField(job.objectName, job.externalIdFieldName),
      lockFails: (rowIndex) => this.faults.lockFails(job.id, rowIndex),
    });
    this.runs.set(job.id, {
      reader: new BatchReader(reader),
      writer,
      columnCount: headers.length,
      rowsInBatch: 0,
    });
    return 'more';
  }

  private processRows(job: IngestJob, run: Run, maxRows: number): StepResult {
    const failAfter = this.faults.failAfter(job.id);
    const { reader, writer } = run;
    const out = this.out;
    let lockFailures = 0;
    for (let done = 0; done < maxRows;) {
      if (failAfter !== undefined && job.numberRecordsProcessed >= failAfter.rows) {
        return this.finish(job, 'Failed', failAfter.message);
      }
      if (run.rowsInBatch === 0 && writer.batchKeyColumn !== undefined) {
        writer.startBatch(reader.readAhead(BATCH_ROWS, writer.batchKeyColumn, SKIP_BLANK_LINES));
      }
      const row = reader.readRow();
      if (row === undefined) return this.finish(job, 'JobComplete');
      job.nextRowOffset = reader.pos;
      if (reader.blank && SKIP_BLANK_LINES) continue;
      if (reader.malformed) {
        setFailure(out, malformedQuotes().text);
      } else if (row.length !== run.columnCount) {
        setFailure(out, wrongColumnCount(row.length, run.columnCount).text);
      } else {
        writer.write(row, job.rows.length, out);
      }
      job.rows.add(reader.rowStart, out.outcome, out.id, out.error);
      job.numberRecordsProcessed++;
      if (out.outcome === ROW_OUTCOME.Failed) {
        job.numberRecordsFailed++;
        // Salesforce retries work that hit lock contention before failing its rows (§1.6 `retries`).
        if (out.error === LOCK_ERROR && lockFailures++ === 0) job.retries++;
      }
      done++;
      run.rowsInBatch = run.rowsInBatch + 1 === BATCH_ROWS ? 0 : run.rowsInBatch + 1;
    }
    if (reader.done) return this.finish(job, 'JobComplete');
    return 'more';
  }

  private finish(
    job: IngestJob,
    state: 'JobComplete' | 'Failed',
    errorMessage?: string,
  ): StepResult {
    const now = this.port.now();
    job.state = state;
    job.errorMessage = errorMessage;
    job.systemModstamp = now;
    job.totalProcessingTime = now - (job.startedAt ?? now);
    this.runs.delete(job.id);
    return 'done';
  }
}

function setFailure(out: RowResult, error: string): void {
  out.outcome = ROW_OUTCOME.Failed;
  out.id = undefined;
  out.error = error;
}
