/**
 * What `npm run bench:load` watches inside the console during the UI run, installed before every
 * document loads: each main-thread task over 50 ms (`longtask`), and the moment (epoch ms, so Node
 * can line it up with the demo org's job timestamps) each step of the journey reaches the DOM.
 * Nothing in the app knows about it.
 */
export interface LoadProbe {
  /** The CSV file input changed (the drop). */
  changeAt?: number;
  /** "Read N rows": the drop step counted the whole file. */
  readAt?: number;
  /** The "Prepare the load" button: the check pass is done and its report shown. */
  checkedAt?: number;
  /** The Confirm dialog: the prepare pass is done. */
  dialogAt?: number;
  /** "The load finished: …" (or "The load was aborted: …"). */
  finishedAt?: number;
  finishedText?: string;
  /** "The load is stopped until you act." — the run needs a person: the bench fails. */
  blockedText?: string;
  longTasks: { at: number; duration: number }[];
}

/** Runs in the page (serialised by Playwright): it may use nothing from outside its body. */
export function installLoadProbe(): void {
  const probe: LoadProbe = { longTasks: [] };
  (window as unknown as { __loadProbe: LoadProbe }).__loadProbe = probe;
  const origin = performance.timeOrigin;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ at: origin + entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        probe.changeAt = origin + performance.now();
    },
    true,
  );
  // Inline arrows only: tsx would wrap a named arrow in a `__name` helper the page lacks.
  new MutationObserver(() => {
    if (probe.changeAt === undefined || probe.finishedAt !== undefined) return;
    const now = origin + performance.now();
    const statuses = Array.from(document.querySelectorAll('[role="status"]')).map(
      (element) => element.textContent ?? '',
    );
    if (probe.readAt === undefined && statuses.some((text) => /^Read [\d,]+ rows/.test(text)))
      probe.readAt = now;
    if (
      probe.checkedAt === undefined &&
      Array.from(document.querySelectorAll('button')).some(
        (button) => button.textContent === 'Prepare the load',
      )
    )
      probe.checkedAt = now;
    if (probe.dialogAt === undefined && document.querySelector('[role="dialog"]'))
      probe.dialogAt = now;
    const finished = statuses.find((text) => /^The load (finished|was aborted):/.test(text));
    if (finished !== undefined) {
      probe.finishedAt = now;
      probe.finishedText = finished;
    }
    const blocked = statuses.find((text) => text.startsWith('The load is stopped'));
    if (blocked !== undefined) {
      const alerts = Array.from(document.querySelectorAll('[role="alert"]'))
        .map((element) => element.textContent ?? '')
        .join(' / ');
      probe.blockedText = `${blocked} ${alerts}`.trim();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}
