/**
 * The main thread's side of the prepare worker (src/workers/prepare-worker.ts): `check` runs
 * preflight over every row (and, when asked, writes the jobs for one decision in the same pass:
 * decision 0022), `prepare` writes the jobs' Bulk CSV. One pass at a time: a newer call
 * supersedes the running one, whose promise rejects with PrepareSupersededError.
 */
import type { ParseSummary } from '../../csv/parse-stream';
import type { ColumnFormat } from '../../load/value-formats';
import type { LoadMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import type { JobLimits } from '../../load/job-plan/job-cutter';
import type { PreflightChoice, PreflightSummary } from '../../load/preflight/preflight-aggregator';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import type {
  CloneablePreflightSetup,
  PrepareFileFields,
  PrepareOptions,
  PreparedPlanData,
  PrepareWorkerEvent,
  PrepareWorkerRequest,
} from '../../workers/prepare-protocol';

export type { CloneablePreflightSetup, PrepareOptions } from '../../workers/prepare-protocol';

export type PrepareFileInput = PrepareFileFields;

export interface PrepareInput extends PrepareFileInput {
  choice: PreflightChoice;
  /** Rows of the trial job 0; 0 for no trial run. */
  trialRows: number;
  limits?: Partial<JobLimits>;
  sortByParent: boolean;
  /** A retry: 1 = this source row takes part; the others are ROW_NOT_PLANNED in `rowJobs`. */
  onlyRows?: Uint8Array;
}

export interface PrepareProgress {
  rowsDone: number;
  bytesDone: number;
  totalBytes: number;
}

export interface CheckInput extends PrepareFileInput {
  /** The jobs to write in the same pass: the check screen's default options. */
  prepareAlong: PrepareOptions;
  /** The drop step handed its reading over: answer with the file's parse summary too. */
  keepReading?: boolean;
}

export interface CheckResult {
  summary: PreflightSummary;
  rowCount: number;
  /** The jobs written along (`prepareAlong`), with the options they were written for. */
  prepared: { options: PrepareOptions; plan: PreparedPlan };
  /** The whole file's parse summary, as the drop step's pass gives it (`keepReading`). */
  reading?: ParseSummary;
}

export type PreparedPlan = PreparedPlanData;

/** A call that was superseded by a newer one, cancelled, or cut short by `dispose`. */
export class PrepareSupersededError extends Error {
  constructor(readonly reason: 'superseded' | 'cancelled' | 'disposed') {
    super(
      `The pass over the file was ${reason === 'superseded' ? 'replaced by a newer one' : reason}.`,
    );
    this.name = 'PrepareSupersededError';
  }
}

/** The pass could not finish; `message` is meant for the admin as it is. */
export class PrepareFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrepareFailedError';
  }
}

export interface PrepareWorkerClient {
  check(input: CheckInput, onProgress?: (progress: PrepareProgress) => void): Promise<CheckResult>;
  prepare(
    input: PrepareInput,
    onProgress?: (progress: PrepareProgress) => void,
  ): Promise<PreparedPlan>;
  /** Stops the running pass; its promise rejects with PrepareSupersededError('cancelled'). */
  cancel(): void;
  /** Stops the worker; a later call starts a new one. */
  dispose(): void;
}

/** The PreflightSetup's plain-data form, to post to the worker. */
export function toCloneableSetup(
  describe: SObjectDescribe,
  mapping: LoadMapping,
  formats: ReadonlyMap<number, ColumnFormat>,
  keyPrefixes: ReadonlyMap<string, string>,
  valueMap: readonly ValueMapEntry[] = [],
): CloneablePreflightSetup {
  return {
    describe,
    mapping,
    formats: [...formats],
    keyPrefixes: [...keyPrefixes],
    valueMap: valueMap.map((entry) => ({ ...entry })),
  };
}

interface Pending {
  requestId: number;
  onProgress: ((progress: PrepareProgress) => void) | undefined;
  settle(event: PrepareWorkerEvent): void;
  reject(error: Error): void;
}

/** Request ids start at 1 and never repeat within a page. */
let nextRequestId = 1;

export function createPrepareWorkerClient(): PrepareWorkerClient {
  let worker: Worker | null = null;
  let pending: Pending | null = null;

  function rejectPending(error: Error): void {
    const current = pending;
    pending = null;
    current?.reject(error);
  }

  function onEvent(event: PrepareWorkerEvent): void {
    const current = pending;
    if (current === null || event.requestId !== current.requestId) return;
    if (event.type === 'progress') {
      const { rowsDone, bytesDone, totalBytes } = event;
      current.onProgress?.({ rowsDone, bytesDone, totalBytes });
      return;
    }
    pending = null;
    if (event.type === 'failed') current.reject(new PrepareFailedError(event.message));
    else current.settle(event);
  }

  function started(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('../../workers/prepare-worker.ts', import.meta.url), {
      type: 'module',
      name: 'forklift-prepare',
    });
    w.onmessage = (message: MessageEvent<PrepareWorkerEvent>) => onEvent(message.data);
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      rejectPending(
        new PrepareFailedError(
          `Forklift’s file worker stopped (${event.message || 'it could not start'}). Nothing was sent to Salesforce; try again.`,
        ),
      );
    };
    w.onmessageerror = () =>
      rejectPending(
        new PrepareFailedError(
          'A message from Forklift’s file worker could not be read. Try again.',
        ),
      );
    worker = w;
    return w;
  }

  function run<T>(
    request: PrepareWorkerRequest & { type: 'check' | 'prepare' },
    onProgress: ((progress: PrepareProgress) => void) | undefined,
    result: (event: PrepareWorkerEvent) => T,
  ): Promise<T> {
    rejectPending(new PrepareSupersededError('superseded'));
    const w = started();
    return new Promise<T>((resolve, reject) => {
      pending = {
        requestId: request.requestId,
        onProgress,
        settle(event) {
          try {
            resolve(result(event));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        reject,
      };
      w.postMessage(request);
    });
  }

  return {
    check(input, onProgress) {
      const requestId = nextRequestId++;
      return run({ type: 'check', requestId, ...input }, onProgress, (event) => {
        if (event.type !== 'checked')
          throw new PrepareFailedError(`Unexpected answer ${event.type}`);
        const { summary, rowCount, prepared, reading } = event;
        return {
          summary,
          rowCount,
          prepared: { options: input.prepareAlong, plan: prepared },
          ...(reading ? { reading } : {}),
        };
      });
    },
    prepare(input, onProgress) {
      const requestId = nextRequestId++;
      return run({ type: 'prepare', requestId, ...input }, onProgress, (event) => {
        if (event.type !== 'prepared')
          throw new PrepareFailedError(`Unexpected answer ${event.type}`);
        const { type: _type, requestId: _id, ...plan } = event;
        return plan;
      });
    },
    cancel() {
      const current = pending;
      if (current === null) return;
      worker?.postMessage({
        type: 'cancel',
        requestId: current.requestId,
      } satisfies PrepareWorkerRequest);
      rejectPending(new PrepareSupersededError('cancelled'));
    },
    dispose() {
      worker?.terminate();
      worker = null;
      rejectPending(new PrepareSupersededError('disposed'));
    },
  };
}
