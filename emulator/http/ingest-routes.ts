/**
 * Bulk API 2.0 ingest over HTTP (salesforce-api.md §0, §1): mounted by app.ts at
 * `/services/data/:version/jobs/ingest`, behind requireApiVersion and requireSession.
 * Thin: bodies in and out; the engine (emulator/core/ingest) decides everything.
 */
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import {
  CREATE_REFUSAL,
  CREATE_STATUS,
  nextRecordsUrl,
  uploadTooLarge,
} from '../core/ingest/http-choices';
import { IngestApiError, jobNotFound } from '../core/ingest/ingest-api-error';
import { ingestEngineOf } from '../core/ingest/ingest-engine';
import { MIN_INGEST_API_VERSION } from '../core/ingest/ingest-service';
import type { ResultKind } from '../core/ingest/ingest-types';
import { createJobInfo, fullJobInfo, listJobInfo, shortJobInfo } from '../core/ingest/job-info';
import { toSfJson } from '../core/ingest/sf-json';
import type { SfJsonValue } from '../core/ingest/sf-json';
import type { EmulatorEnv } from './http-env';
import { acceptsGzip, csvStream, readUpload } from './ingest-body';

type IngestContext = Context<EmulatorEnv>;

const RESULT_KINDS: Record<string, ResultKind> = {
  successfulresults: 'successfulResults',
  failedresults: 'failedResults',
  unprocessedrecords: 'unprocessedrecords',
};

/** Salesforce's JSON content type. */
const JSON_TYPE = 'application/json;charset=UTF-8';
const CSV_TYPE = 'text/csv; charset=UTF-8';

function json(c: IngestContext, body: SfJsonValue, status = 200): Response {
  const pretty = c.req.header('X-PrettyPrint') === '1';
  return c.body(toSfJson(body, pretty), status as 200, { 'Content-Type': JSON_TYPE });
}

function refuse(c: IngestContext, error: IngestApiError): Response {
  return json(c, error.toBody(), error.status);
}

async function jsonBody(c: IngestContext): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw CREATE_REFUSAL.badJson(error instanceof Error ? error.message : 'Malformed JSON');
  }
}

/** The `job` and `content` parts of a multipart create (§1.3). */
async function multipartJob(c: IngestContext): Promise<{ body: unknown; csv: string }> {
  const form = await c.req.parseBody();
  const job = form.job;
  const content = form.content;
  if (job === undefined) throw CREATE_REFUSAL.multipartMissingPart('job');
  if (content === undefined) throw CREATE_REFUSAL.multipartMissingPart('content');
  const jobText = typeof job === 'string' ? job : await job.text();
  let body: unknown;
  try {
    body = JSON.parse(jobText);
  } catch (error) {
    throw CREATE_REFUSAL.badJson(error instanceof Error ? error.message : 'Malformed JSON');
  }
  return { body, csv: typeof content === 'string' ? content : await content.text() };
}

export function createIngestRoutes(org: EmulatorOrg): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  const service = () => ingestEngineOf(org).service;

  app.use('*', async (c, next) => {
    if (Number(c.get('apiVersion')) < MIN_INGEST_API_VERSION) return refuse(c, jobNotFound());
    service().noticePace();
    await next();
  });

  app.onError((error, c) => {
    if (error instanceof IngestApiError) return refuse(c, error);
    throw error;
  });

  app.post('/', async (c) => {
    const apiVersion = Number(c.get('apiVersion'));
    const userId = c.get('session').user.id;
    const multipart = /^multipart\/form-data/i.test(c.req.header('Content-Type') ?? '');
    const { body, csv } = multipart
      ? await multipartJob(c)
      : { body: await jsonBody(c), csv: undefined };
    const job = service().createJob(userId, body, apiVersion, csv);
    return json(c, createJobInfo(job), CREATE_STATUS);
  });

  app.get('/', (c) => {
    const page = service().listJobs({
      jobType: c.req.query('jobType'),
      isPkChunkingEnabled: c.req.query('isPkChunkingEnabled'),
      queryLocator: c.req.query('queryLocator'),
    });
    const next =
      page.nextLocator === undefined ? null : nextRecordsUrl(c.get('apiVersion'), page.nextLocator);
    return json(c, {
      done: page.done,
      nextRecordsUrl: next,
      records: page.records.map(listJobInfo),
    });
  });

  app.get('/:jobId', (c) => json(c, fullJobInfo(service().getJob(c.req.param('jobId')))));

  app.patch('/:jobId', async (c) => {
    const job = service().setState(c.req.param('jobId'), await jsonBody(c));
    return json(c, shortJobInfo(job));
  });

  app.delete('/:jobId', (c) => {
    service().deleteJob(c.req.param('jobId'));
    return c.body(null, 204);
  });

  app.put('/:jobId/batches', async (c) => {
    const job = service().getJob(c.req.param('jobId'));
    const { maxUploadBytes } = org.config;
    const upload = await readUpload(
      c.req.raw,
      maxUploadBytes,
      (c.env as { incoming?: IncomingMessage } | undefined)?.incoming,
    );
    if (!upload.ok) return refuse(c, uploadTooLarge(maxUploadBytes));
    service().upload(job.id, upload.bytes);
    return c.body(null, 201);
  });

  app.get('/:jobId/:resource', (c) => {
    const kind = RESULT_KINDS[c.req.param('resource').toLowerCase()];
    if (kind === undefined) return refuse(c, jobNotFound());
    const chunks = service().results(c.req.param('jobId'), kind, Number(c.get('apiVersion')));
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
    const headers: Record<string, string> = { 'Content-Type': CSV_TYPE };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return c.body(csvStream(chunks, gzip), 200, headers);
  });

  return app;
}
