/**
 * One runner per load in the whole browser: the run of a load holds a Web Lock named for the org,
 * the user and the load for as long as this page runs it. A second tab on the same load would
 * otherwise read a record in `uploading` and abort the first tab's upload. A page that cannot get
 * the lock only shows the load and waits; it takes over when the lock frees (the other tab closed
 * or went to another page). Without navigator.locks the page runs the load as before.
 */
import type { Owner } from '../../lib/load-store';

export function runLockName(owner: Owner, loadId: string): string {
  return `forklift-load-run:${owner.orgId}/${owner.userId}/${loadId}`;
}

export interface RunLockEvents {
  /** This page holds the lock (at once when it was free): run the load. */
  held(): void;
  /** Another tab or window holds it: show the load only, this page waits for it. */
  busy(): void;
}

export interface RunLock {
  /** Frees the lock, or stops waiting for it. */
  release(): void;
}

/** This page's Web Locks, or null where the browser has none. */
export function browserLocks(): LockManager | null {
  return (typeof navigator === 'undefined' ? undefined : navigator.locks) ?? null;
}

export function holdRunLock(
  name: string,
  events: RunLockEvents,
  locks: LockManager | null = browserLocks(),
): RunLock {
  if (!locks) {
    events.held();
    return { release() {} };
  }
  let released = false;
  let free: () => void = () => {};
  const holding = new Promise<void>((resolve) => (free = resolve));
  const waiting = new AbortController();
  const hold = (): Promise<void> | undefined => {
    if (released) return undefined;
    events.held();
    return holding;
  };
  locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock) return hold();
      if (released) return undefined;
      events.busy();
      // Waits for the other tab to let go (it closed, or left the load); released() cancels.
      locks.request(name, { signal: waiting.signal }, hold).catch(() => undefined);
      return undefined;
    })
    .catch(() => undefined);
  return {
    release() {
      released = true;
      waiting.abort();
      free();
    },
  };
}
