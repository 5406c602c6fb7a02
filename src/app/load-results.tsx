/**
 * The results under a finished load's run view (issue 6). Results are always the root load's:
 * a retry is a round of the same reconciliation, so a retry's page shows the whole load's
 * results too (and links to the root). Builds the ResultsService from the rounds in IndexedDB,
 * the source File (kept in this page, or chosen again after a reload), the ingest client and the
 * results worker. A retry reads the org's limits fresh once its rows are prepared (issue 7's
 * warning, `retryLimitHold`): a retry that would run them out is held before anything is sent.
 * The rounds are read once per visit, so a retry also names the rounds it was chosen from, and
 * startRetry refuses it once other retries are stored (another tab, or an automatic retry).
 */
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ResultsPanel } from '../features/results/results-panel';
import { retryLimitHold, type LimitsRead } from '../features/results/retry-limit-hold';
import { createResultsWorkerClient } from '../features/results/results-worker-client';
import { SourceFileRequest } from '../features/results/source-file-request';
import { fileMismatch, sourceFileIdentity } from '../lib/file-identity';
import { browserLoadStore, type LoadRecord, type Owner } from '../lib/load-store';
import { browserResultFilesStore } from '../lib/result-files-store';
import { browserRowEditsStore } from '../lib/row-edits-store';
import { keepSourceFile, sourceFileOf } from '../lib/source-files';
import { createIngestClient } from '../salesforce/bulk/ingest-client';
import { orgLimitsQueryOptions } from '../salesforce/readiness/org-limits-query';
import type { SalesforceClient } from '../salesforce/rest-client';
import { useSalesforce } from '../salesforce/salesforce-context';
import { createLoadResultsService } from './load-results-service';
import { readLoadRounds } from './load-rounds';
import { startRetry } from './start-retry';

async function readRounds(owner: Owner, rootId: string) {
  const root = await browserLoadStore.getLoad(owner, rootId);
  if (!root)
    throw new Error(
      'the load this retry belongs to is no longer in this browser’s history, so its results cannot be put together',
    );
  return readLoadRounds(browserLoadStore, owner, root);
}

/** The org's `/limits` read now (never from cache: the allowances move all day), or why not. */
async function readLimitsNow(
  queryClient: QueryClient,
  client: SalesforceClient,
  owner: Owner,
): Promise<LimitsRead> {
  try {
    // The Salesforce client already retries a failed GET; the query adds no retries of its own.
    const limits = await queryClient.fetchQuery({
      ...orgLimitsQueryOptions(client, owner),
      staleTime: 0,
      retry: false,
    });
    return { ok: true, limits };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function LoadResults(props: { owner: Owner; load: LoadRecord }) {
  const { load } = props;
  // The owner object is new on every render of the page: the service must not be (building
  // one reconciles again), so it hangs on the ids only.
  const { orgId, userId } = props.owner;
  const owner = useMemo(() => ({ orgId, userId }), [orgId, userId]);
  const rootId = load.parentLoadId ?? load.loadId;
  const { client, sessions } = useSalesforce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  // Read once per visit (gcTime 0: opening the page again reads the rounds again); a refetch on
  // focus would build a new service and reconcile again for nothing.
  const rounds = useQuery({
    queryKey: ['load-rounds', orgId, userId, rootId, load.loadId],
    queryFn: () => readRounds({ orgId, userId }, rootId),
    staleTime: Infinity,
    gcTime: 0,
  });
  const [file, setFile] = useState<File | null>(
    () => sourceFileOf(rootId) ?? sourceFileOf(load.loadId),
  );
  const [worker] = useState(createResultsWorkerClient);
  useEffect(() => () => worker.dispose(), [worker]);

  const data = rounds.data;
  const service = useMemo(() => {
    if (!data || !file) return null;
    return createLoadResultsService({
      owner,
      rounds: data,
      file,
      store: browserLoadStore,
      edits: browserRowEditsStore,
      resultFiles: browserResultFilesStore,
      ...(navigator.storage?.estimate
        ? { estimateStorage: () => navigator.storage.estimate() }
        : {}),
      worker,
      ingest: createIngestClient({ client, sessions }),
      async startRetry({ rows, overlay, automatic, despiteLimits, reconciledRounds }) {
        const started = await startRetry({
          store: browserLoadStore,
          owner,
          root: data.root,
          file,
          rowOffsets: data.rowOffsets,
          rows,
          overlay,
          automatic,
          reconciledRounds,
          ...(despiteLimits
            ? {}
            : {
                holdBeforeSave: async (plan) =>
                  retryLimitHold(await readLimitsNow(queryClient, client, owner), plan, automatic),
              }),
        });
        if (started.kind === 'held') return started;
        await navigateRef.current(`/loads/${started.loadId}`);
        return { kind: 'started' };
      },
    });
  }, [data, file, owner, worker, client, sessions, queryClient]);

  if (rounds.isPending) return <p role="status">Reading the load’s jobs…</p>;
  if (rounds.isError)
    return (
      <p role="alert" className="slds-text-color_error slds-p-horizontal_medium">
        The results cannot be shown: {rounds.error.message}.
      </p>
    );
  const root = rounds.data.root;
  if (!file || !service)
    return (
      <div className="slds-p-horizontal_medium">
        <SourceFileRequest
          fileName={root.file.name}
          onFile={async (chosen) => {
            const mismatch = fileMismatch(root.file, await sourceFileIdentity(chosen));
            if (mismatch) return mismatch;
            keepSourceFile(rootId, chosen);
            setFile(chosen);
            return null;
          }}
        />
      </div>
    );
  return (
    <>
      {rounds.data.running > 0 && (
        <p className="slds-p-horizontal_medium slds-text-color_weak">
          {`${rounds.data.running} ${rounds.data.running === 1 ? 'retry is' : 'retries are'} still running: ${rounds.data.running === 1 ? 'its' : 'their'} results join these once ${rounds.data.running === 1 ? 'it ends' : 'they end'}.`}
        </p>
      )}
      <ResultsPanel
        key={`${rootId}/${rounds.data.rounds.length}`}
        service={service}
        object={root.object}
        operation={root.operation}
        fileName={root.file.name}
      />
    </>
  );
}
