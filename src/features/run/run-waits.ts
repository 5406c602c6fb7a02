/**
 * The run's one-off waits besides its poll timers (run-timers.ts): a new attempt waiting out its
 * backoff after an uncertain upload (keyed by plan index), and a watching page's next reading of
 * the records (`watch`). One wait per key; all cleared when the run is disposed.
 */
import type { RunClock, TimerHandle } from './run-timers';

export type WaitKey = number | 'watch';

export class RunWaits {
  private readonly pending = new Map<WaitKey, TimerHandle>();

  constructor(private readonly clock: RunClock) {}

  /** Calls `then` after `ms`, unless a wait with this key is pending already. */
  after(key: WaitKey, ms: number, then: () => void): void {
    if (this.pending.has(key)) return;
    const handle = this.clock.setTimeout(() => {
      this.pending.delete(key);
      then();
    }, ms);
    this.pending.set(key, handle);
  }

  cancel(key: WaitKey): void {
    const handle = this.pending.get(key);
    if (handle !== undefined) this.clock.clearTimeout(handle);
    this.pending.delete(key);
  }

  clearAll(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}
