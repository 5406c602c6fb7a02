/**
 * The job query's polling against the demo org: a job that has not ended is asked about again,
 * sooner while its counts move and later while they stand still; an ended job is not polled.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  JOB_POLL_BACKOFF_FACTOR,
  JOB_POLL_MIN_INTERVAL_MS,
} from '../../load/run-state/poll-schedule';
import { control, resetDemoOrg } from '../../salesforce/bulk/test-support/browser-demo-org';
import { jobQueryOptions, jobRefetchInterval } from './job-queries';
import { demoOrgJobs, ended, makeJob, type DemoOrgJobs } from './test-support/demo-org-jobs';

const CONTACTS = 'LastName\nAda\nBea\n';

let jobs: DemoOrgJobs;
beforeEach(async () => {
  await resetDemoOrg();
  jobs = await demoOrgJobs();
});
afterEach(() => jobs.dispose());

async function pollOnce(client: QueryClient, jobId: string) {
  const options = jobQueryOptions(jobs.services, jobId);
  await client.refetchQueries({ queryKey: options.queryKey });
  const query = client.getQueryCache().find({ queryKey: options.queryKey });
  if (!query) throw new Error('no query');
  return { query, delay: jobRefetchInterval(query as Parameters<typeof jobRefetchInterval>[0]) };
}

it('backs off while a waiting job does not move, and stops once it has ended', async () => {
  await control('PATCH', 'config', { pace: 'manual' });
  const jobId = await makeJob(jobs.ingest, CONTACTS);
  const client = new QueryClient();
  await client.fetchQuery(jobQueryOptions(jobs.services, jobId));
  const first = await pollOnce(client, jobId);
  expect(first.query.state.data).toMatchObject({ info: { state: 'UploadComplete' } });
  expect(first.delay).toBe(Math.round(JOB_POLL_MIN_INTERVAL_MS * JOB_POLL_BACKOFF_FACTOR));
  const second = await pollOnce(client, jobId);
  expect(second.delay).toBe(Math.round(JOB_POLL_MIN_INTERVAL_MS * JOB_POLL_BACKOFF_FACTOR ** 2));

  await control('PATCH', 'config', { pace: 'fast' });
  await control('POST', 'tick', { ms: 1_000 });
  await ended(jobs.ingest, jobId);
  const last = await pollOnce(client, jobId);
  expect(last.query.state.data).toMatchObject({ info: { state: 'JobComplete' } });
  expect(last.delay).toBe(false);
  client.clear();
});
