/**
 * The run orchestrator in real Chromium, on real IndexedDB, against the demo org over HTTP
 * (design.md §4, §7): jobs run to JobComplete, an uncertain upload is aborted and re-sent in a
 * new job, abort reaches the server, a reload resumes the same jobs, and a trial job waits. An
 * upload Salesforce refuses stops its job (no new job) until Try again; uploads that keep
 * dropping are sent again with backoff and stop after the policy's attempts; a second runner of
 * the same load (another tab) only watches while the first holds the load's Web Lock.
 */
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openForkliftDb, type ForkliftDatabase } from '../../lib/idb-database';
import { createLoadStore, type LoadStore, type Owner } from '../../lib/load-store';
import { createIngestClient, type IngestClient } from '../../salesforce/bulk/ingest-client';
import {
  control,
  inspectJobs,
  passwordSessions,
  resetDemoOrg,
} from '../../salesforce/bulk/test-support/browser-demo-org';
import { createSalesforceClient, type SalesforceClient } from '../../salesforce/rest-client';
import type { LoadRunControls, LoadRunSnapshot, LoadRunSpec, PreparedJob } from './load-run-types';
import { startLoadRun, type LoadRunDeps } from './load-runner';

const OWNER: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const WAIT_MS = 30_000;

let db: ForkliftDatabase;
let dbName: string;
let counter = 0;
const running: LoadRunControls[] = [];

beforeEach(async () => {
  await resetDemoOrg();
  dbName = `forklift-runner-test-${Date.now()}-${counter++}`;
  db = await openForkliftDb(dbName);
});
afterEach(async () => {
  for (const run of running.splice(0)) run.dispose();
  db.close();
  await deleteDB(dbName);
});

async function signedIn(): Promise<{ ingest: IngestClient; client: SalesforceClient }> {
  const sessions = await passwordSessions();
  const client = createSalesforceClient({ sessions, apiVersion: '62.0' });
  return { client, ingest: createIngestClient({ client, sessions }) };
}

/** A load of Contacts, `rows[i]` rows in job i, each row's LastName and Email unique. */
async function prepareLoad(loadId: string, rows: number[], trialRun = false) {
  const store = createLoadStore(async () => db);
  await store.saveLoad({
    ...OWNER,
    loadId,
    orgName: 'Forklift Demo',
    username: 'admin@forklift.demo',
    object: 'Contact',
    operation: 'insert',
    externalIdFieldName: null,
    assignmentRuleId: null,
    file: { name: 'contacts.csv', size: 1, lastModified: 1, headHash: 'ab' },
    recipe: null,
    rowCount: rows.reduce((a, b) => a + b, 0),
    excludedRows: 0,
    plannedJobs: rows.length,
    rowsPerJob: rows,
    trialRows: trialRun ? (rows[0] ?? 0) : 0,
    status: 'preparing',
  });
  const spec: LoadRunSpec = {
    owner: OWNER,
    loadId,
    object: 'Contact',
    operation: 'insert',
    externalIdFieldName: null,
    assignmentRuleId: null,
    plannedJobs: rows.length,
    rowsPerJob: rows,
    trialRun,
  };
  const jobs: PreparedJob[] = rows.map((count, planIndex) => ({
    planIndex,
    trial: trialRun && planIndex === 0,
    rows: count,
    body: new Blob([
      'LastName,Email\n',
      ...Array.from(
        { length: count },
        (_, i) => `${loadId}-${planIndex}-${i},r${planIndex}x${i}@run.test\n`,
      ),
    ]),
  }));
  return { store, spec, jobs };
}

function start(
  ingest: IngestClient,
  store: LoadStore,
  spec: LoadRunSpec,
  jobs: readonly PreparedJob[] | null,
  more: Pick<LoadRunDeps, 'retry' | 'locks'> = {},
): LoadRunControls {
  const run = startLoadRun({ ingest, store, spec, jobs, ...more });
  running.push(run);
  return run;
}

/** Resolves with the first snapshot that passes `test`. */
function until(
  run: LoadRunControls,
  test: (s: LoadRunSnapshot) => boolean,
  timeoutMs = WAIT_MS,
): Promise<LoadRunSnapshot> {
  return new Promise((resolve, reject) => {
    const check = (s: LoadRunSnapshot) => {
      if (!test(s)) return false;
      clearTimeout(timer);
      unsubscribe();
      resolve(s);
      return true;
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out; last snapshot: ${JSON.stringify(run.getSnapshot())}`));
    }, timeoutMs);
    const unsubscribe = run.subscribe(check);
    check(run.getSnapshot());
  });
}

/** Manual pace: tick the org and poll until the load is finished. */
async function tickToEnd(run: LoadRunControls): Promise<void> {
  for (let i = 0; i < 300 && run.getSnapshot().status !== 'finished'; i++) {
    await control('POST', 'tick', { ms: 1000 });
    const before = JSON.stringify(run.getSnapshot().jobs);
    run.pollNow();
    await until(run, (s) => JSON.stringify(s.jobs) !== before, 2_000).catch(() => undefined);
  }
}

async function contactsOf(client: SalesforceClient, loadId: string): Promise<number> {
  const result = await client.query(
    `SELECT COUNT() FROM Contact WHERE LastName LIKE '${loadId}-%'`,
  );
  return result.totalSize;
}

describe('a load run against the demo org', () => {
  it('runs three jobs to JobComplete with growing counters, every row loaded once', async () => {
    await control('PATCH', 'config', { pace: 'manual' });
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('three', [25_000, 25_000, 12_000]);
    const run = start(ingest, store, spec, jobs);
    const seen = new Map<number, Set<number>>();
    let storedWhenHeard: Promise<unknown> | null = null;
    run.subscribe((s) => {
      for (const job of s.jobs)
        seen.set(job.planIndex, (seen.get(job.planIndex) ?? new Set()).add(job.processed));
      // Read at the moment the end is heard: it must already be stored.
      if (s.status === 'finished') storedWhenHeard ??= store.getLoad(OWNER, 'three');
    });
    await tickToEnd(run);

    const done = run.getSnapshot();
    expect(done.status).toBe('finished');
    expect(done.progress).toMatchObject({ totalRows: 62_000, processed: 62_000, failed: 0 });
    expect(done.jobs.map((j) => [j.jobState, j.processed, j.attempt])).toEqual([
      ['JobComplete', 25_000, 0],
      ['JobComplete', 25_000, 0],
      ['JobComplete', 12_000, 0],
    ]);
    for (const [planIndex, rows] of [
      [0, 25_000],
      [1, 25_000],
    ] as const) {
      const middle = [...(seen.get(planIndex) ?? [])].filter((n) => n > 0 && n < rows);
      expect(middle.length).toBeGreaterThanOrEqual(2);
    }
    const server = await inspectJobs();
    expect(server).toHaveLength(3);
    expect(server.every((j) => j.state === 'JobComplete' && j.uploads === 1)).toBe(true);
    expect(await contactsOf(client, 'three')).toBe(62_000);
    expect(await store.getLoad(OWNER, 'three')).toMatchObject({ status: 'finished' });
    expect(await storedWhenHeard).toMatchObject({ status: 'finished' });
    const records = await store.listJobRecords(OWNER, 'three');
    expect(records.map((r) => r.step.state)).toEqual(['terminal', 'terminal', 'terminal']);
  });

  it('aborts a job whose upload connection dropped and sends its rows once in a new job', async () => {
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('dropped', [300, 200]);
    // Chromium re-sends a PUT by itself when a reused keep-alive connection drops (see
    // docs/decisions/0012-bulk-client.md), as many times as it has idle connections: drop more
    // often than that, so the drop reaches Forklift for sure. Each attempt takes at least one.
    const drops = 8;
    await control('PUT', 'faults', {
      rules: [{ kind: 'drop-connection', times: drops, match: { call: 'uploadData' } }],
    });
    const fast = { maxAttempts: drops + 2, firstDelayMs: 50, maxDelayMs: 200 };
    const run = start(ingest, store, spec, jobs, { retry: fast });
    const done = await until(run, (s) => s.status === 'finished');

    expect(await control('GET', 'faults')).toMatchObject({ rules: [{ fired: drops }] });
    expect(done.jobs.map((j) => [j.jobState, j.processed])).toEqual([
      ['JobComplete', 300],
      ['JobComplete', 200],
    ]);
    const [first, second] = done.jobs;
    expect(first?.attempt).toBeGreaterThanOrEqual(1);
    const replans = (first?.attempt ?? 0) + (second?.attempt ?? 0);
    const server = await inspectJobs();
    expect(server).toHaveLength(2 + replans);
    expect(server.filter((j) => j.state === 'Aborted')).toHaveLength(replans);
    expect(server.filter((j) => j.state === 'JobComplete' && j.uploads === 1)).toHaveLength(2);
    expect(await contactsOf(client, 'dropped')).toBe(500);
    const records = await store.listJobRecords(OWNER, 'dropped');
    expect(records).toHaveLength(2 + replans);
    for (const record of records) {
      const latest = record.attempt === done.jobs[record.planIndex]?.attempt;
      expect(record.step).toMatchObject(
        latest
          ? { state: 'terminal', outcome: 'JobComplete' }
          : { state: 'abandoned', reason: 'upload-uncertain', replanned: true },
      );
    }
  });

  it('aborts a running job on the server and cancels the jobs not sent yet', async () => {
    await control('PATCH', 'config', { pace: 'manual' });
    const { ingest } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('aborted', [25_000, 100, 100]);
    const run = start(ingest, store, spec, jobs);
    await until(run, (s) => s.jobs[0]?.attemptState === 'closed');
    await control('POST', 'tick', { ms: 1000 });
    await control('POST', 'tick', { ms: 1000 });

    await run.abortAll();
    const done = await until(run, (s) => s.status === 'finished');
    expect(done.abortRequested).toBe(true);
    expect(done.jobs[0]).toMatchObject({ jobState: 'Aborted', attemptState: 'terminal' });
    expect(done.jobs[2]).toMatchObject({ attemptState: 'abandoned', jobId: null });
    const server = await inspectJobs();
    const first = server.find((j) => j.id === done.jobs[0]?.jobId);
    expect(first?.state).toBe('Aborted');
    expect(server.every((j) => j.state === 'Aborted')).toBe(true);
    expect(await store.getLoad(OWNER, 'aborted')).toMatchObject({ status: 'stopped' });
  });

  it('resumes the same jobs after a reload and creates no new one', async () => {
    await control('PATCH', 'config', { pace: 'manual' });
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('reload', [15_000, 100, 100]);
    const first = start(ingest, store, spec, jobs);
    const before = await until(
      first,
      (s) => s.jobs[0]?.attemptState === 'closed' && s.jobs[1]?.attemptState === 'uploaded',
    );
    first.dispose();

    const again = start(ingest, store, spec, null);
    // Job 2 was never created and its Blob is gone: the file is needed again.
    const resumed = await until(again, (s) => s.status === 'needs-file');
    expect(resumed.jobs.map((j) => j.jobId)).toEqual(before.jobs.map((j) => j.jobId));
    expect(await inspectJobs()).toHaveLength(2);
    again.provideJobs(jobs.slice(2));
    await tickToEnd(again);

    const done = again.getSnapshot();
    expect(done.status).toBe('finished');
    expect(done.jobs.slice(0, 2).map((j) => j.jobId)).toEqual(
      before.jobs.slice(0, 2).map((j) => j.jobId),
    );
    const server = await inspectJobs();
    expect(server).toHaveLength(3);
    expect(server.every((j) => j.state === 'JobComplete' && j.uploads === 1)).toBe(true);
    expect(await contactsOf(client, 'reload')).toBe(15_200);
  });

  it('holds the rest of the load after the trial job until continueAfterTrial', async () => {
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('trial', [10, 400], true);
    const run = start(ingest, store, spec, jobs);
    const review = await until(run, (s) => s.status === 'trial-review');
    expect(review.jobs[0]).toMatchObject({ trial: true, jobState: 'JobComplete', processed: 10 });
    expect(review.jobs[1]).toMatchObject({ attemptState: 'planned', jobId: null });
    expect(await inspectJobs()).toHaveLength(1);

    run.continueAfterTrial();
    const done = await until(run, (s) => s.status === 'finished');
    expect(done.progress.processed).toBe(410);
    expect(await inspectJobs()).toHaveLength(2);
    expect(await contactsOf(client, 'trial')).toBe(410);
  });

  it('stops a job whose upload Salesforce refuses, creates no new job, and goes on at Try again', async () => {
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('refused', [50, 40]);
    await control('PUT', 'faults', {
      rules: [
        {
          kind: 'status',
          status: 413,
          errorCode: 'REQUEST_ENTITY_TOO_LARGE',
          message: 'Request body exceeds the proxy limit',
          match: { call: 'uploadData' },
        },
      ],
    });
    const run = start(ingest, store, spec, jobs);
    const stopped = await until(run, (s) => s.jobs.length === 2 && s.jobs.every((j) => j.stopped));
    expect(stopped).toMatchObject({ status: 'running', needsAttention: true });
    expect(stopped.jobs[0]?.failure).toMatchObject({
      errorCode: 'REQUEST_ENTITY_TOO_LARGE',
      message: 'Request body exceeds the proxy limit',
    });
    expect(stopped.jobs[0]?.failure?.whatToDo).toMatch(/Try again/);
    // Nothing more is created, even a while later and after the tab comes back (pollNow).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    run.pollNow();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(run.getSnapshot().needsAttention).toBe(true);
    let server = await inspectJobs();
    expect(server).toHaveLength(2);
    expect(server.every((j) => j.state === 'Aborted')).toBe(true);
    expect(await control('GET', 'faults')).toMatchObject({ rules: [{ fired: 2 }] });
    const records = await store.listJobRecords(OWNER, 'refused');
    expect(records.map((r) => r.step)).toEqual([
      expect.objectContaining({ state: 'abandoned', refused: true, replanned: false }),
      expect.objectContaining({ state: 'abandoned', refused: true, replanned: false }),
    ]);

    // A reload remembers the refusal (the write-ahead record): still stopped, no new job.
    run.dispose();
    const reloaded = start(ingest, store, spec, jobs);
    const still = await until(
      reloaded,
      (s) => s.jobs.length === 2 && s.jobs.every((j) => j.stopped),
    );
    expect(still.jobs[0]?.failure?.explanation).toMatch(/refused/);
    expect(await inspectJobs()).toHaveLength(2);

    await control('PUT', 'faults', { rules: [] });
    reloaded.tryAgain();
    const done = await until(reloaded, (s) => s.status === 'finished');
    expect(done.needsAttention).toBe(false);
    expect(done.jobs.map((j) => [j.jobState, j.attempt])).toEqual([
      ['JobComplete', 1],
      ['JobComplete', 1],
    ]);
    server = await inspectJobs();
    expect(server).toHaveLength(4);
    expect(await contactsOf(client, 'refused')).toBe(90);
  });

  it('cancels for good the rows of a stopped job the user aborts: a reload sends nothing', async () => {
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('refused-aborted', [30]);
    await control('PUT', 'faults', {
      rules: [{ kind: 'status', status: 413, match: { call: 'uploadData' } }],
    });
    const run = start(ingest, store, spec, jobs);
    await until(run, (s) => s.jobs.length === 1 && s.jobs.every((j) => j.stopped));
    await run.abortAll();
    const ended = await until(run, (s) => s.status === 'finished');
    expect(ended.jobs.map((j) => j.jobState)).toEqual(['Aborted']);
    const records = await store.listJobRecords(OWNER, 'refused-aborted');
    expect(records.map((r) => r.step)).toEqual([
      expect.objectContaining({ state: 'abandoned', reason: 'cancelled' }),
    ]);

    // The refusal is gone by now: a reload that sent the rows would load them.
    await control('PUT', 'faults', { rules: [] });
    run.dispose();
    const reloaded = start(ingest, store, spec, jobs);
    const again = await until(reloaded, (s) => s.status === 'finished');
    expect(again.jobs.map((j) => j.jobState)).toEqual(['Aborted']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Still the user's abort after the reload: "stopped", never written back as "running".
    expect(await store.getLoad(OWNER, 'refused-aborted')).toMatchObject({ status: 'stopped' });
    expect(await inspectJobs()).toHaveLength(1);
    expect(await contactsOf(client, 'refused-aborted')).toBe(0);
    reloaded.dispose();
  });

  it('sends rows again after dropped uploads with growing waits, and stops after the attempts', async () => {
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('drops', [20]);
    await control('PUT', 'faults', {
      rules: [{ kind: 'drop-connection', match: { call: 'uploadData' } }],
    });
    const policy = { maxAttempts: 3, firstDelayMs: 400, maxDelayMs: 5_000 };
    const run = start(ingest, store, spec, jobs, { retry: policy });
    const createdAt = new Map<number, number>();
    run.subscribe((s) => {
      const job = s.jobs[0];
      if (job?.attemptState === 'creating' && !createdAt.has(job.attempt))
        createdAt.set(job.attempt, performance.now());
    });
    const stopped = await until(run, (s) => s.jobs[0]?.stopped === true);
    expect(stopped.jobs[0]).toMatchObject({ attempt: 2, attemptState: 'abandoned' });
    expect(stopped.jobs[0]?.failure?.explanation).toMatch(/3 times/);
    const at = (attempt: number) => createdAt.get(attempt) ?? Number.NaN;
    expect(at(1) - at(0)).toBeGreaterThanOrEqual(400);
    expect(at(2) - at(1)).toBeGreaterThanOrEqual(800);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const server = await inspectJobs();
    expect(server).toHaveLength(3);
    expect(server.every((j) => j.state === 'Aborted')).toBe(true);

    await control('PUT', 'faults', { rules: [] });
    const tried = performance.now();
    run.tryAgain();
    const done = await until(run, (s) => s.status === 'finished');
    expect(done.jobs[0]).toMatchObject({ jobState: 'JobComplete', attempt: 3 });
    // Try again starts the count over: no backoff before its first attempt (1.6 s otherwise).
    expect(at(3) - tried).toBeLessThan(1_000);
    expect(await contactsOf(client, 'drops')).toBe(20);
  });

  it('lets one runner of a load run it while another (another tab) only watches, then takes over', async () => {
    await control('PATCH', 'config', { pace: 'manual' });
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('two-tabs', [15_000, 100]);
    const first = start(ingest, store, spec, jobs);
    const closed = await until(first, (s) => s.jobs[0]?.attemptState === 'closed');
    const second = start(ingest, store, spec, jobs);
    const watched = await until(
      second,
      (s) => s.elsewhere === true && s.jobs[0]?.jobId === closed.jobs[0]?.jobId,
    );
    expect(watched.status).toBe('running');
    await expect(second.abortAll()).rejects.toThrow(/another tab or window/);
    // The watcher aborted nothing and created nothing.
    let server = await inspectJobs();
    expect(server.some((j) => j.state === 'Aborted')).toBe(false);

    first.dispose();
    await until(second, (s) => s.elsewhere === false && s.status !== 'starting');
    await tickToEnd(second);
    expect(second.getSnapshot().status).toBe('finished');
    server = await inspectJobs();
    expect(server).toHaveLength(2);
    expect(server.every((j) => j.state === 'JobComplete' && j.uploads === 1)).toBe(true);
    expect(await contactsOf(client, 'two-tabs')).toBe(15_100);
  });

  it('runs as before where the browser has no Web Locks', async () => {
    const { ingest, client } = await signedIn();
    const { store, spec, jobs } = await prepareLoad('no-locks', [30]);
    const run = start(ingest, store, spec, jobs, { locks: null });
    const done = await until(run, (s) => s.status === 'finished');
    expect(done.elsewhere).toBe(false);
    expect(await contactsOf(client, 'no-locks')).toBe(30);
  });
});
