/**
 * The org's clock. Real time for people; manual time for tests that need exact states (codes
 * that expire, sessions that time out, jobs that move one step per tick). Listeners hear every
 * manual change, so time-driven parts (the ingest engine) can react to a tick.
 */

export type ClockMode = 'real' | 'manual';

export interface ClockChange {
  mode: ClockMode;
  now: number;
  /** How far a tick moved time (0 when the clock was set or switched mode). */
  advancedMs: number;
}

export interface EmulatorClock {
  now(): number;
  mode(): ClockMode;
  /** Freezes time at `ms` (switches to manual). */
  set(ms: number): void;
  /** Moves manual time forward; in real mode it shifts the real clock by `ms`. */
  tick(ms: number): void;
  /** Back to wall-clock time. */
  useRealTime(): void;
  /** Called after every set, tick and mode switch; returns the unsubscribe function. */
  onChange(listener: (change: ClockChange) => void): () => void;
}

export function createEmulatorClock(wallClock: () => number = Date.now): EmulatorClock {
  let mode: ClockMode = 'real';
  let manualNow = 0;
  let realOffset = 0;
  const listeners = new Set<(change: ClockChange) => void>();

  const now = () => (mode === 'manual' ? manualNow : wallClock() + realOffset);
  const notify = (advancedMs: number) => {
    const change: ClockChange = { mode, now: now(), advancedMs };
    for (const listener of [...listeners]) listener(change);
  };

  return {
    now,
    mode: () => mode,
    set(ms) {
      if (!Number.isFinite(ms)) throw new RangeError('clock time must be a finite number');
      mode = 'manual';
      manualNow = ms;
      notify(0);
    },
    tick(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError('tick must be a non-negative number');
      if (mode === 'manual') manualNow += ms;
      else realOffset += ms;
      notify(ms);
    },
    useRealTime() {
      mode = 'real';
      realOffset = 0;
      notify(0);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
