import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MappingReady } from '../features/mapping/mapping-ready';
import { MappingStep } from '../features/mapping/mapping-step';
import {
  PreflightStep,
  type PreparedLoad,
  type PreflightStepInput,
} from '../features/preflight/preflight-step';
import { parallelJobsFor } from '../features/preflight/preflight-decision';
import { ConfirmLoad } from '../features/run/confirm-load';
import { DropStep, type ReadingHandOver } from '../features/upload/drop-step';
import type { CsvPreview, ParsedCsv } from '../features/upload/parsed-csv';
import { browserSavedMappingsStore } from '../lib/saved-mappings-store';
import { EMPTY_LOAD_DRAFT, loadDraftReducer, type DraftSource } from '../load/load-draft';
import { orgIdentityQueryOptions } from '../salesforce/org-identity';
import { wouldExceedLimits } from '../salesforce/readiness/limit-headroom';
import { orgLimitsQueryOptions } from '../salesforce/readiness/org-limits-query';
import { useSalesforce, useSessionState } from '../salesforce/salesforce-context';
import { liveMappingProblem } from './live-mapping-check';
import { signedInKey } from './signed-in-key';
import { startLoad } from './start-load';

/** DateTimes are read as UTC when the user's Salesforce time zone cannot be read. */
const FALLBACK_TIME_ZONE = 'UTC';

function sourceOf(
  csv: CsvPreview | ParsedCsv,
  fallbackRows: DraftSource['sampleRows'],
): DraftSource {
  if ('rowCount' in csv) {
    const sampleRows = csv.firstRows.length > 0 ? csv.firstRows : fallbackRows;
    return { fileName: csv.file.name, header: csv.header, sampleRows, rowCount: csv.rowCount };
  }
  return { fileName: csv.file.name, header: csv.header, sampleRows: csv.rows, rowCount: null };
}

/** Map, then Check (with the mapping frozen), then Confirm once the jobs are prepared. */
type Stage =
  | { kind: 'map' }
  /** "Check every row" was clicked before the drop step read the whole file (decision 0022). */
  | { kind: 'waiting'; ready: MappingReady }
  | { kind: 'check'; input: PreflightStepInput; ready: MappingReady }
  | { kind: 'confirm'; input: PreflightStepInput; ready: MappingReady; prepared: PreparedLoad };

/** From the whole reading, or from the preview when the check reads the file itself. */
function checkInput(reading: ParsedCsv | CsvPreview, ready: MappingReady): PreflightStepInput {
  const { file, encoding, leadingBytes, dialect, header } = reading;
  const rowOffsets = 'rowOffsets' in reading ? reading.rowOffsets : null;
  const { describe, mapping, formats, keyPrefixes } = ready;
  return {
    readsFile: !('rowOffsets' in reading),
    file,
    encoding,
    leadingBytes,
    dialect,
    header,
    describe,
    mapping,
    formats,
    keyPrefixes,
    rowOffsets,
  };
}

/**
 * New load (`/loads/new`): Drop, Map, Check, Confirm. The route's state is one reducer (design.md
 * §3) plus the stage; the file itself stays with the drop step, which hands over what it read.
 */
export function NewLoadPage() {
  const { client } = useSalesforce();
  const signedIn = signedInKey(useSessionState());
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const identity = useQuery({
    ...orgIdentityQueryOptions(client, signedIn ?? { orgId: '', userId: '' }),
    enabled: signedIn !== null,
  });
  const [draft, dispatch] = useReducer(loadDraftReducer, EMPTY_LOAD_DRAFT);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const dropReading = useRef<ReadingHandOver>(null);
  const [parsed, setParsed] = useState<ParsedCsv | null>(null);
  const reading = parsed ?? preview;
  const [stage, setStage] = useState<Stage>({ kind: 'map' });
  const [startProblem, setStartProblem] = useState<string | null>(null);
  // One start per confirmed plan: a double click or a second Enter must not start a second load
  // of the same rows (the state shows it; the ref holds it between the two events).
  const starting = useRef(false);
  const [isStarting, setIsStarting] = useState(false);
  // Read fresh when Confirm opens: the daily allowances are shared and move all day (issue 7).
  const limits = useQuery({
    ...orgLimitsQueryOptions(client, signedIn ?? { orgId: '', userId: '' }),
    enabled: signedIn !== null && stage.kind === 'confirm',
  });
  const sample = draft.source?.sampleRows ?? [];
  const userTimeZone =
    identity.data?.timeZone ?? (identity.isError ? FALLBACK_TIME_ZONE : undefined);

  async function confirm(current: Extract<Stage, { kind: 'confirm' }>) {
    if (!signedIn || !identity.data || !parsed || starting.current) return;
    starting.current = true;
    setIsStarting(true);
    setStartProblem(null);
    try {
      // The mapping is checked against the object as it is now, not as it was when mapped.
      const { mapping, describe } = current.ready;
      const problem = await liveMappingProblem({
        queryClient,
        client,
        signedIn,
        mapping,
        mappedWith: describe,
      });
      if (problem !== null) {
        setStage({ kind: 'map' });
        setStartProblem(problem);
        return;
      }
      const loadId = await startLoad({
        owner: signedIn,
        identity: identity.data,
        file: parsed.file,
        rowCount: parsed.rowCount,
        rowOffsets: parsed.rowOffsets,
        mapping: current.ready.mapping,
        assignmentRuleId: current.ready.assignmentRuleId,
        prepared: current.prepared,
      });
      await navigate(`/loads/${loadId}`);
    } catch (error) {
      setStartProblem(`The load did not start, and nothing was sent: ${(error as Error).message}`);
    } finally {
      starting.current = false;
      setIsStarting(false);
    }
  }

  return (
    <div className="slds-p-around_large">
      <h1 className="slds-text-heading_large slds-m-bottom_medium">New load</h1>
      <DropStep
        handOverRef={dropReading}
        onFileChange={() => {
          setParsed(null);
          setStage({ kind: 'map' });
          dispatch({ type: 'source-changed', source: null });
        }}
        onPreview={(next) => {
          setPreview(next);
          // The reading a check was built on is gone (another encoding, or the file is unusable).
          if (next === null) setStage({ kind: 'map' });
          dispatch({ type: 'source-changed', source: next ? sourceOf(next, []) : null });
        }}
        onParsed={(result) => {
          setParsed(result);
          // A check asked for while the file was being read starts now, on the whole reading.
          if (result)
            setStage((current) =>
              current.kind === 'waiting'
                ? { kind: 'check', input: checkInput(result, current.ready), ready: current.ready }
                : current,
            );
          // null means a new pass started: the preview already said what is there.
          if (result) dispatch({ type: 'source-changed', source: sourceOf(result, sample) });
        }}
      />
      {draft.source && signedIn && userTimeZone === undefined && (
        <p role="status">Reading your Salesforce settings…</p>
      )}
      {draft.source && signedIn && identity.isError && (
        <p className="slds-text-color_weak">
          Your Salesforce time zone could not be read, so date and time values are read as UTC
          unless you choose another zone.
        </p>
      )}
      {stage.kind === 'map' && signedIn && userTimeZone !== undefined && (
        <MappingStep
          draft={draft}
          dispatch={dispatch}
          signedIn={signedIn}
          userTimeZone={userTimeZone}
          savedMappings={browserSavedMappingsStore}
          {...(reading
            ? {
                onContinue: (ready: MappingReady) => {
                  if (parsed) setStage({ kind: 'check', input: checkInput(parsed, ready), ready });
                  // The drop pass is still reading: the check reads the file in its place.
                  else if (preview && dropReading.current?.handOver())
                    setStage({ kind: 'check', input: checkInput(preview, ready), ready });
                  else setStage({ kind: 'waiting', ready });
                },
              }
            : {})}
        />
      )}
      {stage.kind === 'waiting' && (
        <div className="slds-m-bottom_large">
          <button
            type="button"
            className="slds-button slds-m-bottom_small"
            onClick={() => setStage({ kind: 'map' })}
          >
            Back to the mapping
          </button>
          <p role="status">
            The check starts as soon as the file has been read to the end (its progress is shown
            above). Nothing is sent to Salesforce before you confirm.
          </p>
        </div>
      )}
      {(stage.kind === 'check' || stage.kind === 'confirm') && (
        <PreflightStep
          input={stage.input}
          onBack={() => setStage({ kind: 'map' })}
          onFileRead={(reading) => dropReading.current?.adopt(reading)}
          onFileReadAbandoned={() => dropReading.current?.reclaim()}
          onPrepared={(prepared) => setStage({ ...stage, kind: 'confirm', prepared })}
        />
      )}
      {startProblem && stage.kind !== 'confirm' && (
        <p role="alert" className="slds-text-color_error">
          {startProblem}
        </p>
      )}
      {stage.kind === 'confirm' && identity.data && (
        <ConfirmLoad
          object={{
            name: stage.ready.describe.name,
            label: stage.ready.describe.label,
          }}
          operation={stage.ready.mapping.operation}
          rowsToSend={stage.prepared.plan.jobs.reduce((sum, job) => sum + job.rows, 0)}
          rowsExcluded={stage.prepared.plan.excludedRows}
          jobs={stage.prepared.plan.jobs.length}
          parallelJobs={parallelJobsFor(stage.prepared.decision, stage.prepared.plan.jobs.length)}
          trialRows={
            stage.prepared.decision.trialRows > 0
              ? (stage.prepared.plan.jobs[0]?.rows ?? null)
              : null
          }
          org={{
            name: identity.data.orgName,
            id: identity.data.orgId,
            isSandbox: identity.data.isSandbox,
          }}
          username={identity.data.username}
          cascade={stage.prepared.cascade}
          limitWarning={
            limits.data
              ? (wouldExceedLimits(
                  limits.data,
                  stage.prepared.plan.jobs.length,
                  stage.prepared.plan.jobs.reduce((sum, job) => sum + job.rows, 0),
                ).warning ?? null)
              : null
          }
          starting={isStarting}
          problem={startProblem}
          onConfirm={() => void confirm(stage)}
          onCancel={() => setStage({ kind: 'check', input: stage.input, ready: stage.ready })}
        />
      )}
    </div>
  );
}
