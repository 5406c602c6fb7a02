/**
 * Figure 2 of `npm run bench:load`, the console's side: one load of the CSV through the real UI
 * of the production build, signed in to the demo org — drop, Insert into Contact, Check every
 * row, Prepare the load, confirm, and wait for "The load finished" (e2e/support/new-load.ts does
 * the same clicks). Times come from the page (bench/load-probe.ts) and, for the jobs' upload and
 * processing, from the demo org's own job records (it runs in this process).
 */
import type { Browser, Page } from 'playwright';
import { ingestEngineOf } from '../emulator/core/ingest/ingest-engine';
import type { RunningEmulator } from '../emulator/server';
import { type LoadProbe, installLoadProbe } from './load-probe';
import { reportPageErrors } from './load-console';
import { HeapSampler, type HeapPeak } from './parse-heap-sampler';
import { signInToNewLoad } from './parse-console';

/** A step that takes longer than this is stuck, not slow (1M rows: 6 min a step, 30 min a run). */
const stepTimeoutMs = (rows: number) => 60_000 + rows * 0.3;
const runTimeoutMs = (rows: number) => 120_000 + rows * 1.8;

/** One demo org job as it ended, timestamps in epoch ms. */
export interface DemoJobTimes {
  id: string;
  state: string;
  processed: number;
  failed: number;
  createdAt: number;
  /** Processing started (after the upload and the close). */
  startedAt: number;
  /** Last change: JobComplete for a finished job. */
  endedAt: number;
  bytes: number;
}

export interface UiRunFigures {
  /** Drop (file input change) → "The load finished" on screen. */
  ms: number;
  phases: {
    /** Drop → "Read N rows": the drop step's pass, which runs beside the clicks and the check. */
    parse: number;
    /** Drop → "Check every row" clicked: the preview and the bench's mapping clicks. */
    mapClicks: number;
    check: number;
    prepare: number;
    confirmToFirstJob: number;
    uploadAndClose: number;
    processing: number;
    betweenJobs: number;
    lastJobToScreen: number;
  };
  longestTaskMs: number;
  longTasks: number;
  /** The longest tasks, with the step of the journey each fell in. */
  worstTasks: { sinceDropMs: number; durationMs: number; step: string }[];
  peak: HeapPeak;
  jobs: DemoJobTimes[];
  /** The bytes each job received, in job order: the baseline sends these same bytes. */
  uploads: Buffer[];
}

type ProbeWindow = Window & { __loadProbe: LoadProbe };

const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as ProbeWindow).__loadProbe);

/** Every demo org job, oldest first, with the bytes it was sent. */
export function demoOrgJobs(emulator: RunningEmulator): { times: DemoJobTimes; upload: Buffer }[] {
  return ingestEngineOf(emulator.org)
    .service.jobs()
    .map((job) => ({
      times: {
        id: job.id,
        state: job.state,
        processed: job.numberRecordsProcessed,
        failed: job.numberRecordsFailed,
        createdAt: job.createdDate,
        startedAt: job.startedAt ?? job.systemModstamp,
        endedAt: job.systemModstamp,
        bytes: job.upload?.length ?? 0,
      },
      upload: job.upload ?? Buffer.alloc(0),
    }));
}

/** Upload + close, processing, and the gaps between one job's end and the next one's create. */
export function jobPhases(jobs: readonly DemoJobTimes[]) {
  let uploadAndClose = 0;
  let processing = 0;
  let betweenJobs = 0;
  jobs.forEach((job, i) => {
    uploadAndClose += job.startedAt - job.createdAt;
    processing += job.endedAt - job.startedAt;
    const previous = jobs[i - 1];
    if (previous) betweenJobs += job.createdAt - previous.endedAt;
  });
  return { uploadAndClose, processing, betweenJobs };
}

async function chooseInsertIntoContact(page: Page): Promise<void> {
  // SLDS hides the radio itself under its styled label: click the label, as a user does.
  const radio = page.getByRole('radio', { name: 'Insert', exact: true });
  await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
  await page.getByRole('combobox', { name: 'Object' }).fill('Contact');
  await page.getByRole('option', { name: 'Contact · Contact' }).click();
  const acceptAll = page.getByRole('button', { name: 'Accept all suggestions' });
  // Disabled when every column already matched its field (the bench CSV has API-name headers).
  if ((await acceptAll.isVisible()) && (await acceptAll.isEnabled())) await acceptAll.click();
}

export async function uiRun(
  browser: Browser,
  consoleUrl: string,
  emulator: RunningEmulator,
  csvPath: string,
  rows: number,
): Promise<UiRunFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(stepTimeoutMs(rows));
    reportPageErrors(page, 'console');
    await page.addInitScript(installLoadProbe);
    await signInToNewLoad(page, consoleUrl);
    const heap = await HeapSampler.start(page);
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    // As a quick user does: map from the preview while the drop step's pass still reads the
    // file; "Check every row" is there as soon as the mapping is complete, and the check pass
    // then reads the file in the drop pass's place (decision 0022).
    await chooseInsertIntoContact(page);
    const checkClickAt = Date.now();
    await page.getByRole('button', { name: 'Check every row' }).click();
    const prepareButton = page.getByRole('button', { name: 'Prepare the load' });
    await prepareButton.waitFor();
    const prepareClickAt = Date.now();
    await prepareButton.click();
    const confirm = page
      .getByRole('dialog')
      .getByRole('button', { name: /^Insert [\d,]+ Contacts?$/ });
    await confirm.waitFor();
    const confirmClickAt = Date.now();
    await confirm.click();
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as ProbeWindow).__loadProbe;
        return probe.finishedAt !== undefined || probe.blockedText !== undefined;
      },
      null,
      { polling: 250, timeout: runTimeoutMs(rows) },
    );
    const peak = await heap.stop();
    const probe = await readProbe(page);
    if (probe.finishedAt === undefined)
      throw new Error(`The UI run did not finish: the console says "${probe.blockedText ?? ''}"`);
    const { changeAt, readAt, checkedAt, dialogAt, finishedAt } = probe;
    if ([changeAt, readAt, checkedAt, dialogAt].some((t) => t === undefined))
      throw new Error(`The UI run skipped a step: ${JSON.stringify(probe)}`);
    const found = demoOrgJobs(emulator);
    const jobs = found.map((job) => job.times);
    const processed = jobs.reduce((n, job) => n + job.processed, 0);
    if (!/^The load finished:/.test(probe.finishedText ?? '') || processed !== rows)
      throw new Error(
        `The UI run ended "${probe.finishedText ?? ''}" with ${processed} of ${rows} rows processed: ${JSON.stringify(jobs)}`,
      );
    if (jobs.some((job) => job.state !== 'JobComplete'))
      throw new Error(`Not every job reached JobComplete: ${JSON.stringify(jobs)}`);
    const during = probe.longTasks.filter(
      (t) => t.at + t.duration >= (changeAt ?? 0) && t.at <= finishedAt,
    );
    const firstJob = jobs[0];
    const lastJob = jobs.at(-1);
    if (!firstJob || !lastJob) throw new Error('The UI run created no job');
    const steps: [string, number][] = [
      ['mapping screen (drop step pass running)', checkClickAt],
      ['check pass (reading the file for the drop step too)', checkedAt ?? 0],
      ['preflight report', prepareClickAt],
      ['prepare pass', dialogAt ?? 0],
      ['confirm dialog', confirmClickAt],
      ['confirm → first job', firstJob.createdAt],
      ['run (upload, poll)', finishedAt],
    ];
    const stepAt = (at: number) => steps.find(([, end]) => at <= end)?.[0] ?? 'after finish';
    const worstTasks = [...during]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map((t) => ({
        sinceDropMs: t.at - (changeAt ?? 0),
        durationMs: t.duration,
        step: stepAt(t.at),
      }));
    return {
      ms: finishedAt - (changeAt ?? 0),
      phases: {
        parse: (readAt ?? 0) - (changeAt ?? 0),
        mapClicks: checkClickAt - (changeAt ?? 0),
        check: (checkedAt ?? 0) - checkClickAt,
        prepare: (dialogAt ?? 0) - prepareClickAt,
        confirmToFirstJob: firstJob.createdAt - confirmClickAt,
        ...jobPhases(jobs),
        lastJobToScreen: finishedAt - lastJob.endedAt,
      },
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
      worstTasks,
      peak,
      jobs,
      uploads: found.map((job) => job.upload),
    };
  } finally {
    await context.close();
  }
}
