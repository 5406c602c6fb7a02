/**
 * Check (design.md §1, step 4): runs the preflight pass over every row in the prepare worker,
 * shows the report, takes the user's choices, then runs the prepare pass that writes each job's
 * Bulk CSV and hands the plan over. The check pass already writes the jobs for the default
 * choices, so a user who keeps them waits for no second pass (decision 0022). Nothing here talks
 * to Salesforce.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ParseSummary } from '../../csv/parse-stream';
import type { CsvDialect } from '../../csv/sniff-dialect';
import type { SupportedEncoding } from '../../csv/encodings';
import type { LoadMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import { parentKeyOutput } from '../../load/job-plan/parent-key';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import type { ColumnFormat } from '../../load/value-formats';
import {
  createPrepareWorkerClient,
  PrepareSupersededError,
  toCloneableSetup,
  type CheckResult,
  type PreparedPlan,
  type PrepareInput,
  type PrepareProgress,
} from './prepare-worker-client';
import {
  DEFAULT_PREFLIGHT_DECISION,
  PreflightReport,
  type PreflightDecision,
} from './preflight-report';
import { prepareOptionsOf, samePrepareOptions } from './preflight-decision';
import { withJobSizeLimit } from './job-size-limit';
import { useAppConfig } from '../../lib/app-config-context';
import { useSalesforce } from '../../salesforce/salesforce-context';
import { OrgCheckPanel } from './org-check-panel';
import type { CascadeCount, OrgCheckResult } from './org-check-types';
import { PreparingProgress } from './preparing-progress';

export interface PreflightStepInput {
  file: File;
  encoding: SupportedEncoding;
  leadingBytes: number;
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;
  header: readonly string[];
  describe: SObjectDescribe;
  mapping: LoadMapping;
  formats: ReadonlyMap<number, ColumnFormat>;
  keyPrefixes: ReadonlyMap<string, string>;
  /**
   * The drop step handed its reading over (decision 0022): this check reads the file for it, and
   * gives the summary back through `onFileRead` (or `onFileReadAbandoned` if it stops early).
   */
  readsFile?: boolean;
  /** Byte offset of each data row (from the drop step, if its pass ended first), for the org check's sample. */
  rowOffsets: Float64Array | null;
}

export interface PreparedLoad {
  plan: PreparedPlan;
  decision: PreflightDecision;
  /** The prepare request without its File: the same file and request give the same jobs. */
  request: Omit<PrepareInput, 'file'>;
  /** Deletes: what the org check found would go with the records, or stop them; null if not run. */
  cascade: CascadeFound | null;
}

/** The org check's cascade (deletes), with how much of the file it read. */
export interface CascadeFound {
  /** Related records the org deletes along with the found ones. */
  deleted: CascadeCount[];
  /** Related records that stop the delete of their parent (restrictedDelete). */
  blockers: CascadeCount[];
  /** Data rows the org check read, from the start of the file, of all of them. */
  sampledRows: number;
  totalRows: number;
}

function cascadeOf(result: OrgCheckResult | null): CascadeFound | null {
  if (result === null || result.cascade === null) return null;
  const { cascade, blockers, sampledRows, totalRows } = result;
  return { deleted: cascade, blockers, sampledRows, totalRows };
}

type Phase =
  | { kind: 'checking'; progress: PrepareProgress | null }
  | { kind: 'report'; result: CheckResult }
  | { kind: 'preparing'; result: CheckResult; progress: PrepareProgress | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string; result: CheckResult | null };

const NO_PROGRESS = { rowsDone: 0, bytesDone: 0 };

/** Rows per job typed by the user: a whole number ≥ 1, or blank for Salesforce's own limit. */
function parseRowsPerJob(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 'invalid';
}

export function PreflightStep(props: {
  input: PreflightStepInput;
  onPrepared(prepared: PreparedLoad): void;
  onBack(): void;
  /** The whole file as read by the check, when `input.readsFile`. */
  onFileRead?(reading: ParseSummary): void;
  /** The check that was to read the file for the drop step stopped before the end. */
  onFileReadAbandoned?(): void;
}) {
  const { input } = props;
  const rowsPerJobId = useId();
  const [client] = useState(createPrepareWorkerClient);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking', progress: null });
  const [valueMap, setValueMap] = useState<ValueMapEntry[]>([]);
  const [decision, setDecision] = useState<PreflightDecision>(DEFAULT_PREFLIGHT_DECISION);
  const [rowsPerJobText, setRowsPerJobText] = useState('');
  const [runs, setRuns] = useState(0);
  const [orgCheck, setOrgCheck] = useState<OrgCheckResult | null>(null);
  const { client: salesforce } = useSalesforce();
  const { jobMaxBytes } = useAppConfig();
  const { onPrepared } = props;

  useEffect(() => () => client.dispose(), [client]);
  // The latest callbacks, read by the check below without re-running it.
  const fileReadCallbacks = useRef(props);
  useLayoutEffect(() => {
    fileReadCallbacks.current = props;
  });
  // Whether the file is still this step's to read: not once it was given back or abandoned.
  const readsFile = useRef(input.readsFile === true);

  useEffect(() => {
    const setup = toCloneableSetup(input.describe, input.mapping, input.formats, input.keyPrefixes);
    const prepareAlong = withJobSizeLimit(
      prepareOptionsOf(DEFAULT_PREFLIGHT_DECISION, null),
      jobMaxBytes,
    );
    const keepReading = readsFile.current;
    const giveBack = (reading: ParseSummary | null) => {
      if (!readsFile.current) return;
      readsFile.current = false;
      if (reading) fileReadCallbacks.current.onFileRead?.(reading);
      else fileReadCallbacks.current.onFileReadAbandoned?.();
    };
    client
      .check({ ...input, setup, prepareAlong, keepReading }, (progress) =>
        setPhase({ kind: 'checking', progress }),
      )
      .then(
        (result) => {
          if (keepReading) giveBack(result.reading ?? null);
          setPhase({ kind: 'report', result });
        },
        (error: unknown) => {
          if (keepReading) giveBack(null);
          if (error instanceof PrepareSupersededError) {
            if (error.reason === 'cancelled') setPhase({ kind: 'cancelled' });
            return;
          }
          setPhase({ kind: 'failed', message: String((error as Error).message), result: null });
        },
      );
  }, [client, input, runs, jobMaxBytes]);

  const rowsPerJob = parseRowsPerJob(rowsPerJobText);
  // The same rule the prepare pass sorts by: offered only when it would find a parent column.
  const canSortByParent = useMemo(() => parentKeyOutput(input) !== null, [input]);

  function prepare(result: CheckResult) {
    if (rowsPerJob === 'invalid') return;
    const setup = toCloneableSetup(
      input.describe,
      input.mapping,
      input.formats,
      input.keyPrefixes,
      valueMap,
    );
    const options = withJobSizeLimit(prepareOptionsOf(decision, rowsPerJob), jobMaxBytes);
    const request: Omit<PrepareInput, 'file'> = {
      encoding: input.encoding,
      leadingBytes: input.leadingBytes,
      dialect: input.dialect,
      setup,
      ...options,
    };
    const along = result.prepared;
    if (valueMap.length === 0 && samePrepareOptions(along.options, options)) {
      // The check pass wrote exactly these jobs (same file, setup and options): no second pass.
      onPrepared({ plan: along.plan, decision, request, cascade: cascadeOf(orgCheck) });
      return;
    }
    setPhase({ kind: 'preparing', result, progress: null });
    client
      .prepare({ ...request, file: input.file }, (progress) =>
        setPhase({ kind: 'preparing', result, progress }),
      )
      .then(
        (plan) => {
          setPhase({ kind: 'report', result });
          onPrepared({ plan, decision, request, cascade: cascadeOf(orgCheck) });
        },
        (error: unknown) => {
          if (error instanceof PrepareSupersededError) setPhase({ kind: 'report', result });
          else setPhase({ kind: 'failed', message: String((error as Error).message), result });
        },
      );
  }

  const totalBytes = input.file.size;
  const result = phase.kind === 'report' || phase.kind === 'preparing' ? phase.result : null;
  return (
    <div className="slds-m-bottom_large">
      <button type="button" className="slds-button slds-m-bottom_small" onClick={props.onBack}>
        Back to the mapping
      </button>
      {phase.kind === 'checking' && (
        <PreparingProgress
          phase="checking"
          {...(phase.progress ?? NO_PROGRESS)}
          totalBytes={totalBytes}
          onCancel={() => client.cancel()}
        />
      )}
      {phase.kind === 'cancelled' && (
        <p role="status">
          The check was stopped. Nothing was sent.{' '}
          <button type="button" className="slds-button" onClick={() => setRuns((n) => n + 1)}>
            Check every row again
          </button>
        </p>
      )}
      {phase.kind === 'failed' && (
        <div role="alert" className="slds-text-color_error slds-m-bottom_small">
          <p>{phase.message}</p>
          <p>Nothing was sent to Salesforce.</p>
        </div>
      )}
      {result && (
        <>
          <PreflightReport
            summary={result.summary}
            rowCount={result.rowCount}
            objectLabel={input.describe.label}
            operation={input.mapping.operation}
            headers={input.header}
            valueMap={valueMap}
            onValueMapChange={setValueMap}
            decision={decision}
            onDecisionChange={setDecision}
            onPrepare={() => prepare(result)}
            preparing={phase.kind === 'preparing' || rowsPerJob === 'invalid'}
            canSortByParent={canSortByParent}
          >
            <OrgCheckPanel
              input={{
                file: input.file,
                encoding: input.encoding,
                leadingBytes: input.leadingBytes,
                dialect: input.dialect,
                rowOffsets: input.rowOffsets,
                rowCount: result.rowCount,
                describe: input.describe,
                mapping: input.mapping,
              }}
              client={salesforce}
              onResult={setOrgCheck}
            />
            <div className="slds-form-element slds-m-vertical_small" style={{ maxWidth: '20rem' }}>
              <label className="slds-form-element__label" htmlFor={rowsPerJobId}>
                Rows per job, at most (blank: as many as Salesforce takes)
              </label>
              <div className="slds-form-element__control">
                <input
                  id={rowsPerJobId}
                  className="slds-input"
                  inputMode="numeric"
                  value={rowsPerJobText}
                  aria-invalid={rowsPerJob === 'invalid'}
                  onChange={(event) => setRowsPerJobText(event.target.value)}
                />
              </div>
              {rowsPerJob === 'invalid' && (
                <p className="slds-form-element__help slds-text-color_error">
                  Type a whole number of rows, at least 1, or leave it blank.
                </p>
              )}
            </div>
          </PreflightReport>
        </>
      )}
      {phase.kind === 'preparing' && (
        <PreparingProgress
          phase="preparing"
          {...(phase.progress ?? NO_PROGRESS)}
          totalBytes={totalBytes}
          onCancel={() => client.cancel()}
        />
      )}
    </div>
  );
}
