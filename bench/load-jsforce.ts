/**
 * Figure 2 of `npm run bench:load`, the baseline: jsforce 3.10.16 in Node doing what a script
 * would — for each job in turn (the console also runs a load's jobs one after another by
 * default): `bulk2.createJob().open()`, `uploadData`, `close`, `poll` every 1 s until
 * JobComplete — on the very bytes the console's UI run uploaded, against the same demo org.
 * Signs in with the password grant through `oauth2.authenticate()` (design.md §4, last paragraph).
 */
import { Readable } from 'node:stream';
import { Connection, OAuth2 } from 'jsforce';
import type { RunningEmulator } from '../emulator/server';
import { demoOrgJobs, jobPhases, type DemoJobTimes } from './load-ui-run';

const API_VERSION = '62.0';
const POLL_INTERVAL_MS = 1_000;
/** jsforce deletes the job when its poll times out (30 s by default): never, here. */
const POLL_TIMEOUT_MS = 3_600_000;

export interface JsforceRunFigures {
  /** Sign-in done → the last job JobComplete seen by the poll. */
  ms: number;
  phases: { uploadAndClose: number; processing: number; betweenJobs: number; lastJobSeen: number };
  jobs: DemoJobTimes[];
}

export async function jsforceRun(
  emulator: RunningEmulator,
  uploads: readonly Buffer[],
  rows: number,
): Promise<JsforceRunFigures> {
  // jsforce insists on a secret for this grant; the demo client ignores it.
  const oauth2 = new OAuth2({
    loginUrl: emulator.url,
    clientId: 'forklift-console',
    clientSecret: 'unused-by-the-demo-org',
  });
  const tokens = await oauth2.authenticate('admin@forklift.demo', 'forklift');
  const conn = new Connection({
    instanceUrl: tokens.instance_url,
    accessToken: tokens.access_token,
    version: API_VERSION,
  });
  const started = Date.now();
  for (const body of uploads) {
    const job = conn.bulk2.createJob({ object: 'Contact', operation: 'insert', lineEnding: 'LF' });
    await job.open();
    await job.uploadData(Readable.from([body]));
    await job.close();
    await job.poll(POLL_INTERVAL_MS, POLL_TIMEOUT_MS);
  }
  const ended = Date.now();
  const jobs = demoOrgJobs(emulator).map((job) => job.times);
  const processed = jobs.reduce((n, job) => n + job.processed, 0);
  if (processed !== rows || jobs.some((job) => job.state !== 'JobComplete'))
    throw new Error(`jsforce processed ${processed} of ${rows} rows: ${JSON.stringify(jobs)}`);
  const lastJob = jobs.at(-1);
  return {
    ms: ended - started,
    phases: { ...jobPhases(jobs), lastJobSeen: ended - (lastJob?.endedAt ?? ended) },
    jobs,
  };
}
