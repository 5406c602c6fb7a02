/**
 * The run orchestrator of a load (issue 5: Run, and the engine of Watch and Resume): it drives
 * every planned job through create → one PUT → close → poll with the write-ahead record of
 * design.md §4, and publishes a LoadRunSnapshot after each change. It polls by itself with
 * nextPollDelay on its own timers, whatever component is mounted (see
 * docs/decisions/0014-run-orchestrator.md for that, and for when jobs overlap). It runs only
 * while it holds the load's Web Lock (run-lock.ts); otherwise it shows the records another tab
 * writes. An uncertain upload is sent again with backoff and a cap, a refused one not at all
 * (run-schedule.ts, upload-stops.ts): such a job stops until the user says Try again.
 * Over 300 lines because one closure holds the run's state; every part that needs none of it
 * (steps, schedule, views, waits, the lock, the stops) lives in its own file.
 */
import { nextAction } from '../../load/run-state/job-attempt';
import { addProgressSample, type ProgressSample } from '../../load/run-state/load-progress';
import type { LoadStore } from '../../lib/load-store';
import { explainIngestFailure } from '../../salesforce/bulk/explain-ingest-failure';
import type { IngestClient } from '../../salesforce/bulk/ingest-client';
import { SessionExpiredError } from '../../salesforce/session/session-errors';
import type {
  LoadRunControls,
  LoadRunListener,
  LoadRunSnapshot,
  LoadRunSpec,
  PreparedJob,
} from './load-run-types';
import { loadWasAborted } from './load-run-words';
import { browserLocks, holdRunLock, runLockName } from './run-lock';
import { readLatest, readRun, setLoadStatus } from './run-resume';
import {
  DEFAULT_RETRY_POLICY,
  mayClose,
  mayStart,
  retryDelayMs,
  type RetryPolicy,
  type SchedulePolicy,
} from './run-schedule';
import * as steps from './run-steps';
import { realClock, RunTimers, type RunClock } from './run-timers';
import { freshSlot, isSettled, processedRows, snapshotOf, type JobSlot } from './run-views';
import { RunWaits } from './run-waits';
import { stopFailure, stopOfSlot } from './upload-stops';

export type { RunClock } from './run-timers';

export interface LoadRunDeps {
  ingest: IngestClient;
  store: LoadStore;
  spec: LoadRunSpec;
  /** The prepared jobs; null after a reload (the Blobs are gone until the file is dropped again). */
  jobs: readonly PreparedJob[] | null;
  clock?: RunClock;
  /** How uploads that ended uncertain are sent again (DEFAULT_RETRY_POLICY). */
  retry?: RetryPolicy;
  /** The Web Locks to hold the load by; navigator.locks by default, null for none. */
  locks?: LockManager | null;
}

/** How often a page that only shows the load (another tab runs it) reads the records again. */
const WATCH_EVERY_MS = 2_000;

export function startLoadRun(deps: LoadRunDeps): LoadRunControls {
  const { ingest, store, spec } = deps;
  const clock = deps.clock ?? realClock;
  const timers = new RunTimers(clock);
  const retry = deps.retry ?? DEFAULT_RETRY_POLICY;
  const waits = new RunWaits(clock);
  let watching = false;
  const listeners = new Set<LoadRunListener>();
  const blobs = new Map<number, Blob>();
  const trialRun = spec.trialRun ?? deps.jobs?.[0]?.trial ?? false;
  let slots: JobSlot[] = [];
  let started = false;
  let startFailed = false;
  let disposed = false;
  let blocked: LoadRunSnapshot['failure'] = null;
  let abortRequested = false;
  let trialContinued = false;
  let samples: ProgressSample[] = [];
  let startedAtMs = timers.now();
  let finishedStored = false;
  const work = new Map<number, Promise<void>>();
  const addJobs = (jobs: readonly PreparedJob[]) =>
    jobs.forEach((j) => blobs.set(j.planIndex, j.body));
  if (deps.jobs) addJobs(deps.jobs);

  const policy = (): SchedulePolicy => ({
    parallelJobs: Math.max(1, spec.parallelJobs ?? 1),
    trialHold: trialRun && !trialContinued,
  });
  const scheduleSlots = () =>
    slots.map((s) => ({ record: s.record, stepsAside: s.halted || s.abortWanted }));
  const snapshotNow = (): LoadRunSnapshot =>
    snapshotOf({
      spec,
      started,
      elsewhere: watching,
      slots,
      blocked,
      abortRequested,
      trialRun,
      trialContinued,
      blobs,
      timing: { samples, nowMs: timers.now(), startedAtMs },
    });
  let snapshot = snapshotNow();

  /** Set while the load's end is being stored: nobody hears of it before it is stored. */
  let storingEnd = false;

  function changed(): void {
    if (disposed || storingEnd) return;
    const next = snapshotNow();
    // A page that only watches leaves the load's status to the tab that runs it.
    if (next.status === 'finished' && !finishedStored && !watching) {
      // Whoever hears the load ended may read its stored status (a retry counts the rounds
      // still running), so it is stored first; a store that fails still lets the end be heard.
      finishedStored = true;
      storingEnd = true;
      // An abort before a reload is known by its jobs (cancelled, or Aborted in Salesforce).
      const aborted = slots.some((s) => s.abortWanted) || loadWasAborted(next);
      const status = aborted ? 'stopped' : 'finished';
      void setLoadStatus(store, spec, status)
        .catch(() => undefined)
        .then(() => {
          storingEnd = false;
          changed();
        });
      return;
    }
    snapshot = next;
    for (const listener of [...listeners]) listener(snapshot);
  }

  const ctx: steps.StepContext = {
    ingest,
    spec,
    async save(slot, record) {
      await store.saveJobRecord(spec.owner, record);
      slot.record = record;
      changed();
    },
    saveOther: (record) => store.saveJobRecord(spec.owner, record).then(() => undefined),
    changed,
    polled() {
      samples = addProgressSample(samples, { atMs: timers.now(), processed: processedRows(slots) });
      changed();
    },
    now: () => timers.now(),
    contentUrls: new Map(),
    uploads: new Map(),
  };

  /** Runs the slot's steps until it has to wait; one loop per slot at a time. */
  function drive(slot: JobSlot): Promise<void> {
    const running = work.get(slot.planIndex);
    if (running) return running;
    const loop = advance(slot)
      .catch((error: unknown) => {
        fail(slot, error);
        return true;
      })
      .then((moved) => {
        work.delete(slot.planIndex);
        if (!moved || disposed) return;
        changed();
        // Another job may go now (this one closed, ended, or stepped aside).
        queueMicrotask(pump);
      });
    work.set(slot.planIndex, loop);
    return loop;
  }

  function fail(slot: JobSlot, error: unknown): void {
    if (error instanceof SessionExpiredError) {
      blocked = explainIngestFailure(error);
      timers.clearAll();
      return;
    }
    slot.failure = explainIngestFailure(error);
    if (nextAction(slot.record).kind === 'poll') {
      // Never give up watching a running job: try again at the slowest pace.
      slot.track = { ...slot.track, unchangedPolls: slot.track.unchangedPolls + 1 };
      timers.schedulePoll(slot, () => wake(slot));
    } else {
      slot.halted = true;
    }
  }

  const stopOf = (slot: JobSlot) => stopOfSlot(slot, retry);

  function wake(slot: JobSlot): void {
    slot.pollDue = true;
    void drive(slot);
  }

  /** Resolves true when at least one step ran (so other jobs may go now). */
  async function advance(slot: JobSlot): Promise<boolean> {
    let moved = false;
    for (; ; moved = true) {
      // Not before start() has read the store: the slots may still be another tab's copies.
      if (disposed || blocked || watching || !started) return moved;
      if (slot.abortWanted) {
        const state = slot.record.step.state;
        // An abandoned attempt whose rows wait for a new one is cancelled in its record too, so
        // a reload does not send them (the job counts as ended only once that is stored).
        const waitsForReplan = state === 'abandoned' && nextAction(slot.record).kind === 'replan';
        const running = !isSettled(slot) && state !== 'aborting' && state !== 'abandoned';
        if (waitsForReplan || running) {
          await steps.requestAbort(ctx, slot);
          moved = true;
        }
      }
      if (isSettled(slot)) return moved;
      const action = nextAction(slot.record);
      const blob = blobs.get(slot.planIndex);
      switch (action.kind) {
        case 'nothing':
          return moved;
        case 'create':
          if (!blob || !mayStart(scheduleSlots(), slot.planIndex, policy())) return moved;
          if (slot.retryAt !== null && slot.retryAt > timers.now()) {
            // A new attempt after an uncertain upload waits out its backoff.
            waits.after(slot.planIndex, slot.retryAt - timers.now(), () => void drive(slot));
            return moved;
          }
          slot.retryAt = null;
          await steps.createJob(ctx, slot);
          break;
        case 'upload':
          if (!blob) return moved;
          await steps.uploadJob(ctx, slot, action.jobId, blob);
          break;
        case 'close':
          if (!mayClose(scheduleSlots(), slot.planIndex, policy())) return moved;
          await steps.closeJob(ctx, slot, action.jobId);
          break;
        case 'poll':
          if (!slot.pollDue) {
            timers.schedulePoll(slot, () => wake(slot));
            return moved;
          }
          slot.pollDue = false;
          timers.cancelPoll(slot.planIndex);
          await steps.pollJob(ctx, slot, action.jobId);
          break;
        case 'abort':
          await steps.abortJob(ctx, slot, action.jobId);
          break;
        case 'abort-and-replan':
          await steps.abortForReplan(ctx, slot, action.jobId);
          break;
        case 'replan': {
          const stop = stopOf(slot);
          if (stop) {
            // The job waits for the user's Try again, with why.
            slot.halted = true;
            slot.failure = stopFailure(slot, stop);
            changed();
            return moved;
          }
          await steps.replan(ctx, slot);
          // Counted from the last Try again: the first attempt after it goes at once.
          slot.retryAt =
            timers.now() + retryDelayMs(slot.record.attempt - slot.firstCounted, retry);
          break;
        }
      }
      // A step changed this job: jobs waiting on it (the queue, the trial) may go.
      queueMicrotask(pump);
    }
  }

  function pump(): void {
    // A tab that only watches never acts: the tab holding the lock runs the load.
    if (disposed || !started || blocked || watching) return;
    for (const slot of slots) if (!slot.halted) void drive(slot);
  }

  /** Another tab runs the load: show its records, read again every WATCH_EVERY_MS. */
  async function watch(): Promise<void> {
    if (!watching || disposed) return;
    try {
      const latest = await readLatest(store, spec);
      if (!watching || disposed) return;
      slots = latest.map(freshSlot);
      started = true;
      changed();
    } catch {
      // Shown again at the next reading; the tab that runs the load reports its own problems.
    }
    // An ended load changes no more (pollNow reads it again).
    if (slots.length === 0 || !slots.every(isSettled))
      waits.after('watch', WATCH_EVERY_MS, () => void watch());
  }

  async function start(): Promise<void> {
    const resumed = await readRun(store, spec, timers.now());
    startedAtMs = resumed.startedAtMs;
    trialContinued = resumed.trialContinued;
    slots = resumed.latest.map(freshSlot);
    started = true;
    // A load that had ended stays ended: a moment of "running" would make a retry elsewhere
    // refuse, as if this round still ran (changed() stores its end again).
    if (!slots.every(isSettled)) await setLoadStatus(store, spec, 'running');
    changed();
    pump();
  }

  // The store could not be read (or broke the write-ahead rules): blocked until pollNow().
  const begin = () =>
    void start().catch((error: unknown) => {
      [started, startFailed, blocked] = [true, true, explainIngestFailure(error)];
      changed();
    });
  const lock = holdRunLock(
    runLockName(spec.owner, spec.loadId),
    {
      held() {
        if (disposed) return;
        watching = false;
        waits.cancel('watch');
        // The watched slots are copies of the other tab's records: nothing is driven before
        // start() has read the store again.
        started = false;
        begin();
      },
      busy() {
        watching = true;
        changed();
        void watch();
      },
    },
    deps.locks === undefined ? browserLocks() : deps.locks,
  );

  async function abortSlot(slot: JobSlot): Promise<void> {
    slot.abortWanted = true;
    slot.halted = false;
    // A PUT in flight is cut: its outcome is uncertain, and the job is aborted, not re-planned.
    ctx.uploads
      .get(slot.planIndex)
      ?.abort(new DOMException('The user stopped the job', 'AbortError'));
    timers.cancelPoll(slot.planIndex);
    waits.cancel(slot.planIndex);
    await work.get(slot.planIndex);
    await drive(slot);
  }

  const controls: LoadRunControls = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    continueAfterTrial() {
      if (watching) return;
      trialContinued = true;
      changed();
      pump();
    },
    async abortJob(planIndex) {
      if (watching) throw new Error(ELSEWHERE);
      if (!started) throw new Error(NOT_READ_YET);
      const slot = slots.find((s) => s.planIndex === planIndex);
      if (slot) await abortSlot(slot);
      changed();
    },
    async abortAll() {
      if (watching) throw new Error(ELSEWHERE);
      if (!started) throw new Error(NOT_READ_YET);
      abortRequested = true;
      changed();
      await Promise.all(slots.map(abortSlot));
      changed();
    },
    provideJobs(jobs) {
      addJobs(jobs);
      changed();
      pump();
    },
    pollNow() {
      if (watching) {
        waits.cancel('watch');
        return void watch();
      }
      blocked = null;
      // The start itself failed: read the store again.
      if (startFailed) {
        startFailed = false;
        return begin();
      }
      for (const slot of slots) {
        slot.pollDue = true;
        // A job stopped for a person stays stopped: only the user's Try again sends it (an
        // abort whose record could not be written is tried again, though).
        slot.halted = slot.halted && !slot.abortWanted && stopOf(slot) !== null;
        timers.cancelPoll(slot.planIndex);
      }
      changed();
      pump();
    },
    tryAgain() {
      if (watching) return;
      for (const slot of slots) {
        if (!slot.halted) continue;
        // The failed attempt is forgiven: a refused job gets a new attempt, and a job whose
        // attempts were used gets as many again.
        if (stopOf(slot)) slot.firstCounted = slot.record.attempt + 1;
        slot.retryAt = null;
        slot.halted = false;
      }
      controls.pollNow();
    },
    dispose() {
      disposed = true;
      watching = false;
      // A step in flight still writes its record: the lock is freed once it has (every loop
      // stops at its next step), so a tab taking over never reads a step half done.
      void Promise.allSettled([...work.values()]).then(() => lock.release());
      timers.clearAll();
      waits.clearAll();
      listeners.clear();
    },
  };
  return controls;
}

const ELSEWHERE =
  'This load runs in another tab or window of this browser: abort it there (or close that tab, and this page takes the load over).';
const NOT_READ_YET =
  'Forklift is still reading where this load stands: try the abort again in a moment.';
