/**
 * `/loads`: Forklift's own history (issue 6, design.md §3): this user's loads in this org, from
 * IndexedDB, newest first, outliving Salesforce's 7-day job retention. Each shows when, which
 * file, object and operation, and the counts of its last reconciliation (metadata only, never
 * record data). Retries are listed with the load they retry. History can be deleted for one
 * load, for this org, or entirely, and "Forget this org" (issue 7) also removes the mappings
 * saved for it — each after a confirmation that says how much goes.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../lib/format-numbers';
import { browserLoadStore, type LoadRecord, type LoadStore, type Owner } from '../lib/load-store';
import { browserSavedMappingsStore, type SavedMappingsStore } from '../lib/saved-mappings-store';
import { forgetSourceFile } from '../lib/source-files';
import { useSessionState } from '../salesforce/salesforce-context';
import { HistoryConfirm } from './history-confirm';
import { signedInKey } from './signed-in-key';

const STATUS_WORDS: Record<LoadRecord['status'], string> = {
  preparing: 'Preparing',
  running: 'Running',
  stopped: 'Stopped before every job was sent',
  finished: 'Finished',
};

/** "24,700 succeeded (24,500 created) · 250 failed · …", or why there are no counts. */
export function countsText(load: LoadRecord): string {
  const c = load.resultCounts;
  if (!c) return 'Not reconciled yet: open the load to see its results.';
  const parts = [
    `${formatCount(c.succeeded)} succeeded (${formatCount(c.created)} created)`,
    `${formatCount(c.failed)} failed`,
    `${formatCount(c.unprocessed)} unprocessed`,
    `${formatCount(c.excluded)} excluded`,
  ];
  if (c.notSent > 0) parts.push(`${formatCount(c.notSent)} not sent`);
  if (c.unknown > 0) parts.push(`${formatCount(c.unknown)} unknown`);
  return parts.join(' · ');
}

/** Root loads, each with its retries by round; a retry whose root is gone is listed alone. */
export function groupRetries(loads: readonly LoadRecord[]) {
  const ids = new Set(loads.map((load) => load.loadId));
  const roots = loads.filter((load) => !load.parentLoadId || !ids.has(load.parentLoadId));
  return roots.map((root) => ({
    root,
    retries: loads
      .filter((load) => load.parentLoadId === root.loadId)
      .sort((a, b) => (a.round ?? 0) - (b.round ?? 0)),
  }));
}

const isRunning = (load: LoadRecord) => load.status === 'running' || load.status === 'preparing';

type Pending =
  | { kind: 'one'; root: LoadRecord; retries: LoadRecord[] }
  | { kind: 'org'; count: number }
  | { kind: 'forget'; loads: number; mappings: number }
  | { kind: 'everything'; count: number };

const loadsWord = (n: number) => `${formatCount(n)} ${n === 1 ? 'load' : 'loads'}`;
const mappingsWord = (n: number) => `${formatCount(n)} saved ${n === 1 ? 'mapping' : 'mappings'}`;

const KEPT =
  'Salesforce’s jobs and records are not touched, and saved mappings are kept. This cannot be undone.';

function describePending(pending: Pending, orgName: string) {
  switch (pending.kind) {
    case 'one': {
      const retries = pending.retries.length;
      const running = [pending.root, ...pending.retries].some(isRunning)
        ? ' It may still be running: its jobs go on in Salesforce, but Forklift stops watching them.'
        : '';
      return {
        title: 'Delete this load from history?',
        description: `This removes “${pending.root.file.name}” (${pending.root.operation} ${pending.root.object})${retries === 0 ? '' : retries === 1 ? ' and its retry' : ` and its ${formatCount(retries)} retries`} from this browser: the load, its job records, its row map, your edits and any result files kept.${running} ${KEPT}`,
        confirm: 'Delete this load',
      };
    }
    case 'org':
      return {
        title: `Delete all your history for ${orgName}?`,
        description: `This removes ${loadsWord(pending.count)} you ran in this org from this browser, with their job records, row maps and edits. ${KEPT}`,
        confirm: `Delete ${loadsWord(pending.count)}`,
      };
    case 'forget':
      return {
        title: `Forget ${orgName} in this browser?`,
        description: `This removes ${loadsWord(pending.loads)} you ran in this org, with their job records, row maps and edits, and ${mappingsWord(pending.mappings)} you made for it. Salesforce’s jobs and records are not touched. This cannot be undone.`,
        confirm: 'Forget this org',
      };
    case 'everything':
      return {
        title: 'Delete everything in Forklift’s history?',
        description: `This removes ${loadsWord(pending.count)} of every org and user from this browser, with their job records, row maps and edits. ${KEPT}`,
        confirm: `Delete everything (${loadsWord(pending.count)})`,
      };
  }
}

async function deleteOne(
  store: LoadStore,
  owner: Owner,
  root: LoadRecord,
  retries: readonly LoadRecord[],
) {
  for (const load of [...retries, root]) {
    await store.deleteLoad(owner, load.loadId);
    forgetSourceFile(load.loadId);
  }
}

export function LoadsPage() {
  const owner = signedInKey(useSessionState());
  if (!owner) return <p role="status">Reading your loads…</p>;
  return (
    <LoadHistory owner={owner} store={browserLoadStore} mappings={browserSavedMappingsStore} />
  );
}

/** The history list over a load store (the page's, or a test's over its own database). */
export function LoadHistory({
  owner,
  store,
  mappings,
}: {
  owner: Owner;
  store: LoadStore;
  mappings: SavedMappingsStore;
}) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const loads = useQuery({
    queryKey: ['loads', owner],
    queryFn: () => store.listLoads(owner),
  });
  const orgName = loads.data?.[0]?.orgName ?? 'this org';

  async function runDelete(what: Pending) {
    try {
      await deletePending(what);
    } finally {
      // Also after a delete that stopped part-way: the list shows what is left.
      await queryClient.invalidateQueries({ queryKey: ['loads'] });
      await queryClient.invalidateQueries({ queryKey: ['load'] });
    }
    setPending(null);
  }

  async function deletePending(what: Pending) {
    switch (what.kind) {
      case 'one':
        await deleteOne(store, owner, what.root, what.retries);
        setDone(`“${what.root.file.name}” was deleted from history.`);
        break;
      case 'org': {
        const count = await store.deleteLoadsOf(owner);
        setDone(`${loadsWord(count)} deleted from history.`);
        break;
      }
      case 'forget': {
        const count = await store.deleteLoadsOf(owner);
        const saved = await mappings.listForUser(owner.orgId, owner.userId);
        for (const mapping of saved) await mappings.remove(mapping);
        setDone(
          `${orgName} is forgotten: ${loadsWord(count)} and ${mappingsWord(saved.length)} deleted.`,
        );
        await queryClient.invalidateQueries({ queryKey: ['saved-mappings'] });
        break;
      }
      case 'everything':
        await store.deleteAllLoads();
        setDone('Forklift’s history in this browser is empty.');
        break;
    }
  }

  async function askForget() {
    setDone(null);
    const saved = await mappings.listForUser(owner.orgId, owner.userId);
    setPending({ kind: 'forget', loads: loads.data?.length ?? 0, mappings: saved.length });
  }

  async function askEverything() {
    setDone(null);
    setPending({ kind: 'everything', count: await store.countAllLoads() });
  }

  const text = pending && describePending(pending, orgName);
  return (
    <div className="slds-p-around_large">
      <h1 className="slds-text-heading_large slds-m-bottom_medium">Loads</h1>
      {loads.isPending && <p role="status">Reading your loads…</p>}
      {loads.isError && (
        <p role="alert" className="slds-text-color_error">
          Your loads could not be read from this browser’s storage: {loads.error.message}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {pending && text && (
        <HistoryConfirm
          title={text.title}
          description={text.description}
          confirmLabel={text.confirm}
          onConfirm={() => runDelete(pending)}
          onCancel={() => setPending(null)}
        />
      )}
      {loads.isSuccess && loads.data.length === 0 && (
        <p>
          No loads yet. Loads you run from this browser will be listed here.{' '}
          <Link to="/loads/new">Start a new load</Link>.
        </p>
      )}
      {loads.isSuccess && loads.data.length > 0 && (
        <table className="slds-table slds-table_bordered slds-table_cell-buffer">
          <caption className="slds-assistive-text">Your loads in this org</caption>
          <thead>
            <tr>
              <th scope="col">Load</th>
              <th scope="col">Started</th>
              <th scope="col">Rows</th>
              <th scope="col">Jobs</th>
              <th scope="col">Status</th>
              <th scope="col">Results</th>
              <th scope="col">
                <span className="slds-assistive-text">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {groupRetries(loads.data).map(({ root, retries }) => (
              <tr key={root.loadId}>
                <th scope="row">
                  <Link to={`/loads/${root.loadId}`}>
                    {root.operation} {root.object} from {root.file.name}
                  </Link>
                  {retries.length > 0 && (
                    <ul className="slds-text-body_small">
                      {retries.map((retry) => (
                        <li key={retry.loadId}>
                          <Link to={`/loads/${retry.loadId}`}>
                            {`Retry ${retry.round ?? ''}: ${formatCount(retry.rowsPerJob.reduce((a, b) => a + b, 0))} rows`}
                          </Link>
                          {` — ${STATUS_WORDS[retry.status]}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </th>
                <td>{new Date(root.createdAt).toLocaleString()}</td>
                <td>{formatCount(root.rowCount)}</td>
                <td>{root.plannedJobs}</td>
                <td>{STATUS_WORDS[root.status]}</td>
                <td>{countsText(root)}</td>
                <td>
                  <button
                    type="button"
                    className="slds-button slds-button_neutral"
                    aria-label={`Delete from history: ${root.operation} ${root.object} from ${root.file.name}`}
                    onClick={() => {
                      setDone(null);
                      setPending({ kind: 'one', root, retries });
                    }}
                  >
                    Delete from history
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="slds-m-top_medium">
        {loads.isSuccess && loads.data.length > 0 && (
          <button
            type="button"
            className="slds-button slds-button_neutral"
            onClick={() => {
              setDone(null);
              setPending({ kind: 'org', count: loads.data.length });
            }}
          >
            Delete all history for this org
          </button>
        )}
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() => void askForget()}
        >
          Forget this org
        </button>
        <button
          type="button"
          className="slds-button slds-button_text-destructive"
          onClick={() => void askEverything()}
        >
          Delete everything
        </button>
      </div>
      <p className="slds-text-color_weak slds-m-top_small">
        History keeps what was loaded and the counts, never the records themselves: Salesforce’s
        result files stay in this browser only for loads whose results page you asked to keep them,
        and go with the load when you delete it.
      </p>
    </div>
  );
}
