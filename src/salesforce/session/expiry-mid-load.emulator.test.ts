/**
 * Session resilience at the client level (issue 7), against the demo org over HTTP: an access
 * token that expires before the upload, a poll or a results download is refreshed once and the
 * call goes through; a revoked refresh token ends the session, keeping which org it was, and a
 * new sign-in carries on with the same job, which got exactly one upload.
 */
import { describe, expect, it } from 'vitest';
import { freshDemoOrg } from '../../../emulator/http/fresh-demo-org';
import {
  authorizationCode,
  exchangeCode,
  newVerifier,
  type TokenBody,
} from '../../../emulator/http/demo-org-test-client';
import {
  CLIENT_ID,
  csvBlob,
  demoOrgControl,
  inspectJobs,
  resultLines,
  signedInIngest,
} from '../bulk/test-support/demo-org-ingest';
import { sessionFromTokenResponse } from './session';

const CONTACTS = 'LastName\nLovelace\nTuring\nHopper\n';
const RESULT_KINDS = ['successfulResults', 'failedResults', 'unprocessedrecords'] as const;

const demo = freshDemoOrg({ pace: 'manual' });

const expire = () => demoOrgControl(demo.url, 'POST', 'sessions/expire');
const tick = () => demoOrgControl(demo.url, 'POST', 'tick', { ms: 1000 });

describe('an access token that expires mid-load', () => {
  it('is refreshed once before the upload, a poll and each results download', async () => {
    const { ingest, counts } = await signedInIngest(demo.url);
    const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });

    await expire();
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    expect(counts.refresh).toBe(1);
    await ingest.closeJob(job.id);

    await expire();
    await tick();
    await tick();
    expect(await ingest.getJobInfo(job.id)).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 3,
    });
    expect(counts.refresh).toBe(2);

    for (const [i, kind] of RESULT_KINDS.entries()) {
      await expire();
      const response = await ingest.fetchJobResults(job.id, kind);
      expect(response.status).toBe(200);
      const lines = await resultLines(response);
      expect(lines.length).toBe(kind === 'successfulResults' ? 4 : 1);
      expect(counts.refresh).toBe(3 + i);
    }
    expect(await inspectJobs(demo.url)).toMatchObject([{ id: job.id, uploads: 1 }]);
  });
});

describe('a refresh token revoked mid-load', () => {
  it('ends the session keeping the org, and a new sign-in carries on with the same job', async () => {
    const { ingest, services, counts } = await signedInIngest(demo.url);
    const job = await ingest.createIngestJob({ object: 'Contact', operation: 'insert' });
    await ingest.uploadJobData(job, csvBlob(CONTACTS));
    await ingest.closeJob(job.id);
    const before = services.sessions.currentSession();

    await demoOrgControl(demo.url, 'POST', 'sessions/revoke', {
      username: 'admin@forklift.demo',
    });
    await tick();
    await expect(ingest.getJobInfo(job.id)).rejects.toMatchObject({
      name: 'SessionExpiredError',
      reason: 'refresh-refused',
    });
    expect(counts.refresh).toBe(1);
    expect(services.sessions.store.getState()).toEqual({
      status: 'expired',
      ended: {
        loginUrl: demo.url,
        clientId: CLIENT_ID,
        orgId: before?.orgId,
        userId: before?.userId,
      },
    });

    services.sessions.store.signIn(
      sessionFromTokenResponse(await codeGrant(), { loginUrl: demo.url, clientId: CLIENT_ID }),
    );
    await tick();
    expect(await ingest.getJobInfo(job.id)).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 3,
    });
    expect(await inspectJobs(demo.url)).toMatchObject([{ id: job.id, uploads: 1 }]);
  });
});

async function codeGrant(): Promise<TokenBody> {
  const { verifier, challenge } = newVerifier();
  const code = await authorizationCode(demo.url, challenge, { scope: 'api refresh_token' });
  return (await (await exchangeCode(demo.url, code, verifier)).json()) as TokenBody;
}
