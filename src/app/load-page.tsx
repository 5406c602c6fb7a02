/**
 * `/loads/:loadId` (design.md §3): one of our loads, read from IndexedDB and watched by its run
 * orchestrator. Reopened or reloaded, it resumes the same jobs; a load of another org or user is
 * refused with whose it is; jobs not uploaded before a reload wait for the same file.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  createPrepareWorkerClient,
  type PrepareInput,
} from '../features/preflight/prepare-worker-client';
import type { LoadRunControls } from '../features/run/load-run-types';
import { LoadRunScreen } from '../features/run/load-run-screen';
import { operationVerb, pluralLabel } from '../features/run/load-run-words';
import { startLoadRun } from '../features/run/load-runner';
import { useLoadRun } from '../features/run/use-load-run';
import { fileMismatch, sourceFileIdentity } from '../lib/file-identity';
import { browserLoadStore, type LoadRecord, type Owner } from '../lib/load-store';
import { preparedJobsOf } from '../lib/prepared-loads';
import { createIngestClient } from '../salesforce/bulk/ingest-client';
import type { IngestOperation } from '../salesforce/bulk/ingest-types';
import { useSalesforce, useSessionState } from '../salesforce/salesforce-context';
import { LoadResults } from './load-results';
import { bodyOf } from './load-results-service';
import { liveMappingProblem } from './live-mapping-check';
import { specOf } from './load-run-spec';
import { loadRunFor } from './load-runs';
import { rememberTrialContinued } from './remember-trial-continued';
import { signedInKey } from './signed-in-key';

/** How the jobs of a load were prepared: the prepare request without its File. */
export type LoadRecipe = Omit<PrepareInput, 'file'>;

type LoadLookup =
  | { kind: 'mine'; load: LoadRecord }
  | { kind: 'other'; orgName: string; username: string }
  | { kind: 'missing' };

async function lookUpLoad(owner: Owner, loadId: string): Promise<LoadLookup> {
  const load = await browserLoadStore.getLoad(owner, loadId);
  if (load) return { kind: 'mine', load };
  const other = await browserLoadStore.findLoadOwner(loadId);
  return other ? { kind: 'other', ...other } : { kind: 'missing' };
}

function loadTitle(load: LoadRecord): string {
  const verb = operationVerb(load.operation as IngestOperation);
  return `${verb} ${pluralLabel(load.object)} from ${load.file.name}`;
}

const tabTitle = (load: LoadRecord) =>
  `${operationVerb(load.operation as IngestOperation)} ${pluralLabel(load.object)}`;

export function LoadPage() {
  const { loadId = '' } = useParams();
  const owner = signedInKey(useSessionState());
  const lookup = useQuery({
    queryKey: ['load', owner, loadId],
    queryFn: () =>
      owner ? lookUpLoad(owner, loadId) : Promise.resolve<LoadLookup>({ kind: 'missing' }),
    enabled: owner !== null,
    staleTime: Infinity,
  });
  if (!owner || lookup.isPending) return <p role="status">Reading the load…</p>;
  if (lookup.isError)
    return (
      <p role="alert" className="slds-text-color_error slds-p-around_large">
        The load could not be read from this browser’s storage: {lookup.error.message}
      </p>
    );
  const found = lookup.data;
  if (found.kind === 'missing')
    return (
      <div className="slds-p-around_large">
        <h1 className="slds-text-heading_large">Load not found</h1>
        <p>
          This browser holds no load with this address. <Link to="/loads">See your loads</Link>.
        </p>
      </div>
    );
  if (found.kind === 'other')
    return (
      <div className="slds-p-around_large" role="alert">
        <h1 className="slds-text-heading_large">This load belongs to another org or user</h1>
        <p>
          It was run in <strong>{found.orgName}</strong> as <strong>{found.username}</strong>.
          Forklift does not resume a load in another org: sign out, sign in to that org as that
          user, and open this page again.
        </p>
      </div>
    );
  return <RunningLoad owner={owner} load={found.load} />;
}

function RunningLoad({ owner, load }: { owner: Owner; load: LoadRecord }) {
  const { client, sessions } = useSalesforce();
  const queryClient = useQueryClient();
  const session = useSessionState();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const ingest = useMemo(() => createIngestClient({ client, sessions }), [client, sessions]);
  const controls: LoadRunControls = useMemo(
    () =>
      loadRunFor(owner, load.loadId, () =>
        startLoadRun({
          ingest,
          store: browserLoadStore,
          spec: specOf(owner, load),
          jobs: preparedJobsOf(load.loadId),
        }),
      ),
    [owner, load, ingest],
  );
  const title = loadTitle(load);
  const finished = useLoadRun(controls)?.status === 'finished';
  // Once every job ended the results stay, even while a later call is blocked (a session that
  // ended): unmounting them would throw the user's view away and reconcile again.
  const [showResults, setShowResults] = useState(false);
  if (finished && !showResults) setShowResults(true);
  // A session renewed after it ended: the blocked run picks up again.
  useEffect(() => {
    if (session.status === 'signed-in') controls.pollNow();
  }, [session, controls]);

  async function provideFile(file: File) {
    setFileProblem(null);
    const mismatch = fileMismatch(load.file, await sourceFileIdentity(file));
    if (mismatch) return setFileProblem(mismatch);
    const recipe = load.recipe as LoadRecipe;
    const worker = createPrepareWorkerClient();
    try {
      // Hours may have passed since Confirm: the jobs left are created only if the object still
      // takes this mapping (issue 5, Run).
      const changed = await liveMappingProblem({
        queryClient,
        client,
        signedIn: owner,
        mapping: recipe.setup.mapping,
        mappedWith: recipe.setup.describe,
        stopped: 'the jobs not sent yet were not created',
      });
      if (changed !== null)
        return setFileProblem(
          `${changed} Jobs already sent are not affected. Once they end, send the rows left in a new load with the mapping fixed.`,
        );
      const plan = await worker.prepare({ ...recipe, file });
      const same =
        plan.jobs.length === load.plannedJobs &&
        plan.jobs.every((job, i) => job.rows === load.rowsPerJob[i]);
      if (!same)
        return setFileProblem(
          'This file no longer gives the same jobs as when the load was prepared, so its rows cannot be matched to the jobs left. Start a new load with it instead.',
        );
      controls.provideJobs(plan.jobs);
    } catch (error) {
      setFileProblem(
        `The jobs left were not created: the file could not be prepared again, or the object could not be read from Salesforce (${(error as Error).message}). Drop the file again to retry.`,
      );
    } finally {
      worker.dispose();
    }
  }

  return (
    <>
      {load.parentLoadId && (
        <p className="slds-p-horizontal_medium slds-p-top_small">
          {`This is retry ${load.round ?? ''} of a load: it sends again only the rows chosen on the results page. `}
          <Link to={`/loads/${load.parentLoadId}`}>See the results of the whole load</Link>
        </p>
      )}
      {fileProblem && (
        <p role="alert" className="slds-text-color_error slds-p-horizontal_medium">
          {fileProblem}
        </p>
      )}
      <LoadRunScreen
        controls={controls}
        title={title}
        tabTitle={tabTitle(load)}
        onProvideFile={(file) => void provideFile(file)}
        rememberTrialContinued={() => rememberTrialContinued(browserLoadStore, owner, load.loadId)}
        readFailedResults={async (jobId) =>
          bodyOf(
            await ingest.fetchJobResults(jobId, 'failedResults'),
            jobId,
            'failedResults',
          ).text()
        }
      />
      {showResults && <LoadResults owner={owner} load={load} />}
    </>
  );
}
