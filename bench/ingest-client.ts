/**
 * A minimal Bulk API 2.0 client for the benchmark: raw HTTP, so the numbers measure the demo
 * org rather than a client library (jsforce copies its input, and so does fetch for a buffer
 * body: the upload goes through node:http, which sends the buffer as it is).
 */
import { request } from 'node:http';

type Operation = 'insert' | 'upsert';

const POLL_MS = 5;
const TERMINAL = new Set(['JobComplete', 'Failed', 'Aborted']);

/**
 * fetch, tried again once when a kept-alive socket was closed by the server just as it was
 * reused (ECONNRESET after a long GC pause between calls): the request never reached the org.
 */
async function send(input: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'ECONNRESET') throw error;
    return fetch(input, init);
  }
}

export async function passwordToken(url: string): Promise<string> {
  const response = await send(`${url}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=password&client_id=forklift-console&username=admin@forklift.demo&password=forklift',
  });
  const body = (await response.json()) as { access_token?: string };
  if (body.access_token === undefined) throw new Error(`No token: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function call(
  url: string,
  token: string,
  method: string,
  path: string,
  body?: BodyInit,
  type?: string,
) {
  const response = await send(`${url}/services/data/v62.0/jobs/ingest${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(type ? { 'Content-Type': type } : {}) },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/** PUT of the CSV bytes, no copy; resolves on 201. */
function put(target: string, token: string, body: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'text/csv',
          'Content-Length': body.length,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 201
            ? resolve()
            : reject(new Error(`PUT ${target}: ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates, uploads and closes one job per buffer, all at once, then waits for every one to finish. */
export async function loadJobs(
  url: string,
  token: string,
  operation: Operation,
  jobs: readonly Buffer[],
): Promise<string[]> {
  const spec = {
    object: 'Contact',
    operation,
    ...(operation === 'upsert' ? { externalIdFieldName: 'External_Id__c' } : {}),
  };
  const ids = await Promise.all(
    jobs.map(async (csv) => {
      const job = await call(url, token, 'POST', '', JSON.stringify(spec), 'application/json');
      const id = String(job?.id);
      await put(`${url}/services/data/v62.0/jobs/ingest/${id}/batches`, token, csv);
      await call(
        url,
        token,
        'PATCH',
        `/${id}`,
        JSON.stringify({ state: 'UploadComplete' }),
        'application/json',
      );
      return id;
    }),
  );
  for (const id of ids) {
    for (;;) {
      const info = await call(url, token, 'GET', `/${id}`);
      if (TERMINAL.has(String(info?.state))) {
        if (info?.state !== 'JobComplete' || info.numberRecordsFailed !== 0) {
          throw new Error(`Job ${id} ended ${String(info?.state)}: ${JSON.stringify(info)}`);
        }
        break;
      }
      await sleep(POLL_MS);
    }
  }
  return ids;
}

export async function deleteJobs(
  url: string,
  token: string,
  ids: readonly string[],
): Promise<void> {
  for (const id of ids) await call(url, token, 'DELETE', `/${id}`);
}
