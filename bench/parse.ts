/**
 * `npm run bench:parse` — the drop step on a 1,000,000-row Contact CSV in headless Chromium.
 *
 * Builds the console and a bench-only page with `vite build`, serves them with `vite preview`,
 * starts a demo org in-process, and three times, alternating, `setInputFiles` the CSV: into
 * papaparse alone in a bare module worker (the baseline), into the drop step on the real New
 * load page (signed in through the demo org's login page), and into a bare worker that only reads
 * the file (the memory floor). Prints medians: drop pass vs baseline, drop to the mapping screen
 * (and to the first rows), the longest main-thread task, and peak heap of page + worker (CDP).
 *
 * BENCH_ROWS and BENCH_RUNS override the size and the run count. BENCH_UI=page drops on the
 * bench page instead (bench/parse-page.html: the DropStep mounted alone, no sign-in, no mapping
 * screen). BENCH_PROFILE=1 adds a run (not in the medians) that writes a CPU profile of the drop
 * step's worker to bench/out/.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';
import { ensureContactsCsv } from './generate-contacts-csv';
import type { BaselineResult } from './parse-baseline-worker';
import { signInToNewLoad, startConsole } from './parse-console';
import { HeapSampler } from './parse-heap-sampler';
import { installProbe, type BenchProbe } from './parse-page-probe';
import { printReport, type RunFigures } from './parse-report';
import { profileWorker } from './parse-worker-profile';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PROFILE = process.env.BENCH_PROFILE === '1';
const UI: 'app' | 'page' = process.env.BENCH_UI === 'page' ? 'page' : 'app';
const OUT = resolve('bench/out');
const BENCH_PAGE = 'bench/parse-page.html';
const RUN_TIMEOUT_MS = 300_000;

type ProbeWindow = Window & {
  __probe: BenchProbe;
  __baselineResult?: BaselineResult & { doneAt: number };
};

async function openPage(browser: Browser, consoleUrl: string, where: 'app' | 'page') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  if (where === 'app') await signInToNewLoad(page, consoleUrl);
  else await page.goto(`${consoleUrl}/${BENCH_PAGE}`);
  await page.getByRole('button', { name: 'Choose a CSV file' }).waitFor();
  return { context, page };
}

/** One baseline run: the File into a bare worker (papaparse, or a plain read), timed and sampled. */
async function baselineRun(
  browser: Browser,
  consoleUrl: string,
  csvPath: string,
  mode: 'papaparse' | 'read',
  expected: (count: number) => boolean,
) {
  const { context, page } = await openPage(browser, consoleUrl, 'page');
  const heap = await HeapSampler.start(page);
  await page.locator(mode === 'papaparse' ? '#baseline-file' : '#read-file').setInputFiles(csvPath);
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__baselineResult, null, {
    polling: 250,
    timeout: RUN_TIMEOUT_MS,
  });
  const peak = await heap.stop();
  const { probe, result } = await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    return { probe: w.__probe, result: w.__baselineResult };
  });
  await context.close();
  if (!result || probe.changeAt === undefined)
    throw new Error(`the ${mode} baseline did not finish`);
  if (!expected(result.count)) throw new Error(`the ${mode} baseline counted ${result.count}`);
  return { ms: result.doneAt - probe.changeAt, peak };
}

async function dropRun(browser: Browser, consoleUrl: string, csvPath: string, profile: boolean) {
  const { context, page } = await openPage(browser, consoleUrl, UI);
  const heap = await HeapSampler.start(page);
  const profiler = profile ? await profileWorker(page) : null;
  await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
  await page.waitForFunction(
    (app) => {
      const probe = (window as unknown as ProbeWindow).__probe;
      return probe.doneAt !== undefined && (!app || probe.mappingFrameAt !== undefined);
    },
    UI === 'app',
    { polling: 250, timeout: RUN_TIMEOUT_MS },
  );
  const peak = await heap.stop();
  await profiler?.save(resolve(OUT, 'parse-worker.cpuprofile'));
  const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__probe);
  await context.close();
  const { changeAt, firstRowsFrameAt, mappingFrameAt, doneAt, statusText = '' } = probe;
  if (changeAt === undefined || doneAt === undefined || firstRowsFrameAt === undefined)
    throw new Error(`the drop step did not finish: ${statusText}`);
  const counted = Number(/^Read ([\d,]+) rows/.exec(statusText)?.[1]?.replaceAll(',', ''));
  if (counted !== ROWS) throw new Error(`the drop step said "${statusText}"`);
  const during = probe.longTasks.filter(
    (t) => t.start + t.duration >= changeAt && t.start <= doneAt,
  );
  return {
    ms: doneAt - changeAt,
    firstRowsMs: firstRowsFrameAt - changeAt,
    mappingMs: mappingFrameAt === undefined ? null : mappingFrameAt - changeAt,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    peak,
  };
}

async function main(): Promise<void> {
  const csvPath = resolve(OUT, `contacts-${ROWS}.csv`);
  const csv = await ensureContactsCsv(ROWS, { path: csvPath });
  console.info(
    `${csv.reused ? 'Reusing' : 'Generated'} ${csvPath}: ${ROWS.toLocaleString('en-US')} Contacts, ${(csv.bytes / 1e6).toFixed(1)} MB`,
  );
  console.info(
    'Building the console and the bench page (vite build), serving them (vite preview)…',
  );
  const served = await startConsole(resolve(OUT, 'parse-app'), BENCH_PAGE);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs: RunFigures[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      // papaparse also counts the empty line after the last line break.
      const baseline = await baselineRun(browser, served.url, csvPath, 'papaparse', (rows) =>
        [ROWS, ROWS + 1].includes(rows),
      );
      const drop = await dropRun(browser, served.url, csvPath, false);
      const floor = await baselineRun(browser, served.url, csvPath, 'read', (b) => b === csv.bytes);
      runs.push({ baseline, drop, floor });
      const mapping =
        drop.mappingMs === null ? '' : ` · mapping screen ${Math.round(drop.mappingMs)} ms`;
      console.info(
        `run ${run}: papaparse alone ${Math.round(baseline.ms)} ms · drop pass ${Math.round(drop.ms)} ms · first rows ${Math.round(drop.firstRowsMs)} ms${mapping} · longest task ${Math.round(drop.longestTaskMs)} ms · peak heap ${(drop.peak.total / 1e6).toFixed(1)} MB`,
      );
    }
    // Profiling slows the worker and holds samples in memory: an extra run, not in the medians.
    if (PROFILE) await dropRun(browser, served.url, csvPath, true);
  } finally {
    await browser.close();
    await served.close();
  }
  printReport(runs, { rows: ROWS, fileBytes: csv.bytes, ui: UI, benchPage: BENCH_PAGE });
}

await main();
