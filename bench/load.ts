/**
 * `npm run bench:load [-- --rows N --runs N]` — issue 5's "Done when": 1,000,000 Contacts (by
 * default) from drop to every job JobComplete against the demo org at pace "fast", in headless
 * Chromium (Debian's), each figure the median of N runs (3) alternated with its baseline:
 * 1. the prepare pass vs papaparse alone on the same File, both in a worker (bench/load-prepare.ts);
 * 2. drop → all jobs JobComplete through the console's production build (bench/load-ui-run.ts) vs
 *    jsforce in Node doing open, upload, close and a 1 s poll on the very bytes the UI run uploaded
 *    (bench/load-jsforce.ts), against the same demo org, reset before each side;
 * 3. the longest main-thread task and the peak heap of page + workers during the UI run.
 * Prints a table with PASS / MISS and a profile for a miss; writes bench/out/load-<rows>.json.
 * Exits non-zero with the console's own words when the UI run does not finish.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';
import { ensureContactsCsv } from './generate-contacts-csv';
import { parseLoadBenchArgs } from './load-args';
import { startLoadBenchServers, type LoadBenchServers } from './load-console';
import { jsforceRun } from './load-jsforce';
import { contactInsertSetup, papaparseRun, preparePassRun } from './load-prepare';
import { printLoadReport, summarise, type LoadBenchRun } from './load-report';
import { uiRun } from './load-ui-run';

const OUT = resolve('bench/out');
const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

/** A clean demo org (no jobs, seed records only) at full speed, for each side of each run. */
function resetDemoOrg(servers: LoadBenchServers): void {
  servers.emulator.org.reset();
  servers.emulator.org.updateConfig({ pace: 'fast' });
}

async function main(): Promise<void> {
  const { rows, runs: runCount } = parseLoadBenchArgs(process.argv.slice(2));
  const csvPath = resolve(OUT, `contacts-${rows}.csv`);
  const csv = await ensureContactsCsv(rows, { path: csvPath });
  console.info(
    `${csv.reused ? 'Reusing' : 'Generated'} ${csvPath}: ${rows.toLocaleString('en-US')} Contacts, ${(csv.bytes / 1e6).toFixed(1)} MB`,
  );
  console.info(
    'Building the console (vite build), serving it (vite preview), starting a demo org…',
  );
  const servers = await startLoadBenchServers(resolve(OUT, 'load-app'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const setup = contactInsertSetup();
  const runs: LoadBenchRun[] = [];
  try {
    for (let run = 1; run <= runCount; run++) {
      const papaparse = await papaparseRun(browser, servers, csvPath);
      const prepare = await preparePassRun(browser, servers, csvPath, setup);
      // papaparse also counts the empty line after the last line break.
      if (![rows, rows + 1].includes(papaparse.rowCount) || prepare.rowCount !== rows)
        throw new Error(
          `papaparse counted ${papaparse.rowCount} rows and the prepare pass ${prepare.rowCount}, not ${rows}`,
        );
      resetDemoOrg(servers);
      const ui = await uiRun(browser, servers.consoleUrl, servers.emulator, csvPath, rows);
      resetDemoOrg(servers);
      const jsforce = await jsforceRun(servers.emulator, ui.uploads, rows);
      resetDemoOrg(servers);
      runs.push({ papaparse, prepare, ui: { ...ui, uploads: [] }, jsforce });
      console.info(
        `run ${run}: papaparse ${fmt(papaparse.ms)} · prepare pass ${fmt(prepare.ms)} · UI drop → JobComplete ${fmt(ui.ms)} (${ui.jobs.length} jobs) · jsforce ${fmt(jsforce.ms)} · longest task ${fmt(ui.longestTaskMs)} · peak heap ${(ui.peak.total / 1e6).toFixed(1)} MB`,
      );
    }
  } finally {
    await browser.close();
    await servers.close();
  }
  printLoadReport(runs, { rows, fileBytes: csv.bytes });
  const outPath = resolve(OUT, `load-${rows}.json`);
  await writeFile(
    outPath,
    JSON.stringify({ rows, fileBytes: csv.bytes, summary: summarise(runs), runs }, null, 2),
  );
  console.info(`\nWrote ${outPath}`);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
