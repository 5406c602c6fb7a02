/**
 * What `npm run bench:parse` watches inside the page, installed before the page loads: when a
 * file input changes (the drop), when the first rows and the final count appear in the DOM, and
 * every main-thread task over 50 ms (`longtask`). Nothing in the app knows about it.
 */
export interface BenchProbe {
  changeAt?: number;
  /** The first-rows table committed to the DOM, and the next frame after it. */
  firstRowsAt?: number;
  firstRowsFrameAt?: number;
  /** The status line says the whole file was read (or why not). */
  doneAt?: number;
  /** The mapping screen's heading committed to the DOM (New load only), and the next frame. */
  mappingAt?: number;
  mappingFrameAt?: number;
  statusText?: string;
  longTasks: { start: number; duration: number }[];
}

/** Runs in the page (serialised by Playwright): it may use nothing from outside its body. */
export function installProbe(): void {
  const probe: BenchProbe = { longTasks: [] };
  (window as unknown as { __probe: BenchProbe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        probe.changeAt = performance.now();
    },
    true,
  );
  const finished = /^(Read [\d,]+ rows?|Reading stopped|Forklift could not|.* cannot be loaded)/;
  // Inline, not a named const: tsx would wrap a named arrow in a `__name` helper the page lacks.
  new MutationObserver(() => {
    if (probe.changeAt === undefined) return;
    if (probe.firstRowsAt === undefined) {
      const captions = Array.from(document.querySelectorAll('caption'));
      if (captions.some((caption) => caption.textContent?.startsWith('First rows of'))) {
        probe.firstRowsAt = performance.now();
        requestAnimationFrame(() => (probe.firstRowsFrameAt = performance.now()));
      }
    }
    if (probe.mappingAt === undefined) {
      const headings = Array.from(document.querySelectorAll('h2'));
      if (headings.some((h) => h.textContent === 'Map the columns to fields')) {
        probe.mappingAt = performance.now();
        requestAnimationFrame(() => (probe.mappingFrameAt = performance.now()));
      }
    }
    const status =
      Array.from(document.querySelectorAll('[role="status"]'))
        .map((element) => element.textContent ?? '')
        .find((text) => finished.test(text)) ?? '';
    if (probe.doneAt === undefined && finished.test(status)) {
      probe.doneAt = performance.now();
      probe.statusText = status;
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}
