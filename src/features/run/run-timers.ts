/**
 * The poll timers of a running load: one per job, due after nextPollDelay (design.md §4). Plain
 * timers keep running in a background tab (the page also calls pollNow when it becomes visible
 * again, as Chromium slows hidden tabs' timers down).
 */
import { nextPollDelay, type PollTrack } from '../../load/run-state/poll-schedule';

export type TimerHandle = ReturnType<typeof setTimeout>;

export interface RunClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const realClock: RunClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
};

export class RunTimers {
  private readonly pending = new Map<number, TimerHandle>();
  private readonly clock: RunClock;

  constructor(clock: RunClock = realClock) {
    this.clock = clock;
  }

  now(): number {
    return this.clock.now();
  }

  /** Schedules the job's next poll unless one is pending; a terminal job gets none. */
  schedulePoll(job: { planIndex: number; track: PollTrack }, poll: () => void): void {
    if (this.pending.has(job.planIndex)) return;
    const delay = nextPollDelay(job.track);
    if (delay === false) return;
    const handle = this.clock.setTimeout(() => {
      this.pending.delete(job.planIndex);
      poll();
    }, delay);
    this.pending.set(job.planIndex, handle);
  }

  cancelPoll(planIndex: number): void {
    const handle = this.pending.get(planIndex);
    if (handle === undefined) return;
    this.clock.clearTimeout(handle);
    this.pending.delete(planIndex);
  }

  clearAll(): void {
    for (const handle of this.pending.values()) this.clock.clearTimeout(handle);
    this.pending.clear();
  }
}
