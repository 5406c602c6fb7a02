/** One refresh at a time per org across the tabs of this origin (design.md §3). */
export const REFRESH_LOCK_PREFIX = 'forklift-token-refresh:';

export interface RefreshLocks {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

/** The Web Locks API where there is one (every browser on https or localhost). */
export function browserRefreshLocks(): RefreshLocks {
  const locks = globalThis.navigator?.locks;
  if (!locks) return inProcessLocks();
  return { request: (name, task) => locks.request(name, task) };
}

/** Exclusive within this JavaScript realm only: for Node and for browsers without Web Locks. */
export function inProcessLocks(): RefreshLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(task, task);
      const tail = run.catch(() => undefined);
      tails.set(name, tail);
      void tail.then(() => {
        if (tails.get(name) === tail) tails.delete(name);
      });
      return run;
    },
  };
}
