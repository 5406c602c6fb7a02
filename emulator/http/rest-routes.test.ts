import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDemoOrg } from './fresh-demo-org';
import { ADMIN, api, passwordGrant } from './demo-org-test-client';

const demo = freshDemoOrg();
let token: string;
beforeEach(async () => {
  token = (await passwordGrant(demo.url)).access_token;
});

const get = (path: string) => api(demo.url, path, token);
const NOT_FOUND = [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }];

/** Real captures live outside the repo (common rules); FORKLIFT_SHARED_DIR overrides the path. */
const SHARED_DIR =
  process.env.FORKLIFT_SHARED_DIR ??
  resolve(import.meta.dirname, '../../../shared/data/salesforce');
const ACCOUNT_CAPTURE = join(SHARED_DIR, 'account-describe.json');

describe('versions', () => {
  it('lists 31.0 through 66.0 with string versions and release labels, without a session', async () => {
    const response = await fetch(`${demo.url}/services/data/`);
    const versions = (await response.json()) as { label: string; url: string; version: string }[];
    expect(versions).toHaveLength(36);
    expect(versions[0]).toEqual({
      label: "Summer '14",
      url: '/services/data/v31.0',
      version: '31.0',
    });
    expect(versions.find((v) => v.version === '62.0')?.label).toBe("Winter '25");
    expect(versions.at(-1)).toEqual({
      label: "Spring '26",
      url: '/services/data/v66.0',
      version: '66.0',
    });
  });

  it.each([
    ['v20.0', 410, 'GONE'],
    ['v30.0', 410, 'GONE'],
    ['v67.0', 404, 'NOT_FOUND'],
    ['v62.5', 404, 'NOT_FOUND'],
    ['banana', 404, 'NOT_FOUND'],
  ])('answers /services/data/%s/sobjects with %i %s', async (version, status, errorCode) => {
    const response = await get(`/services/data/${version}/sobjects`);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errorCode: string }[])[0]?.errorCode).toBe(errorCode);
  });

  it('serves every current version, including the one jsforce defaults to', async () => {
    for (const version of ['31.0', '50.0', '62.0', '66.0']) {
      expect((await get(`/services/data/v${version}/limits`)).status).toBe(200);
    }
  });
});

describe('the resource directory', () => {
  it('lists resources for the version and the absolute identity URL', async () => {
    const body = (await (await get('/services/data/v62.0/')).json()) as Record<string, string>;
    const userId = demo.org.findUser(ADMIN.username)!.id;
    expect(body.identity).toBe(`${demo.url}/id/${demo.org.orgId}/${userId}`);
    expect(body).toMatchObject({
      sobjects: '/services/data/v62.0/sobjects',
      query: '/services/data/v62.0/query',
      limits: '/services/data/v62.0/limits',
      jobs: '/services/data/v62.0/jobs',
    });
  });
});

describe('describe', () => {
  it('serves the global describe with URLs for the requested version', async () => {
    const body = (await (await get('/services/data/v58.0/sobjects')).json()) as {
      encoding: string;
      sobjects: { name: string; urls: Record<string, string> }[];
    };
    expect(body.encoding).toBe('UTF-8');
    const invoice = body.sobjects.find((o) => o.name === 'Invoice__c');
    expect(invoice?.urls.describe).toBe('/services/data/v58.0/sobjects/Invoice__c/describe');
  });

  it('describes Account, matching the object case-insensitively and with a trailing slash', async () => {
    const response = await get('/services/data/v62.0/sobjects/account/describe/');
    const body = (await response.json()) as {
      name: string;
      fields: { name: string; externalId: boolean }[];
    };
    expect(response.status).toBe(200);
    expect(body.name).toBe('Account');
    expect(body.fields.find((f) => f.name === 'External_Id__c')?.externalId).toBe(true);
  });

  // Without the shared captures (a clone on its own) there is nothing to compare against.
  it.skipIf(!existsSync(ACCOUNT_CAPTURE))(
    `has the top-level keys and every field of ${ACCOUNT_CAPTURE}`,
    async () => {
      const real = JSON.parse(readFileSync(ACCOUNT_CAPTURE, 'utf8')) as {
        fields: { name: string }[];
      };
      const ours = (await (
        await get('/services/data/v62.0/sobjects/Account/describe')
      ).json()) as typeof real;
      expect(Object.keys(ours).sort()).toEqual(Object.keys(real).sort());
      const ourFields = new Set(ours.fields.map((f) => f.name));
      expect(real.fields.map((f) => f.name).filter((name) => !ourFields.has(name))).toEqual([]);
    },
  );

  it('answers an unknown object with 404 NOT_FOUND', async () => {
    const response = await get('/services/data/v62.0/sobjects/Nope__c/describe');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(NOT_FOUND);
  });
});

describe('records by id', () => {
  it('reads the signed-in user, by 18- and 15-character id', async () => {
    const userId = demo.org.findUser(ADMIN.username)!.id;
    for (const id of [userId, userId.slice(0, 15)]) {
      const body = (await (await get(`/services/data/v62.0/sobjects/User/${id}`)).json()) as Record<
        string,
        unknown
      >;
      expect(body).toMatchObject({
        attributes: { type: 'User', url: `/services/data/v62.0/sobjects/User/${userId}` },
        Id: userId,
        Username: ADMIN.username,
      });
      expect(String(body.CreatedDate)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    }
  });

  it('returns only the fields asked for', async () => {
    const userId = demo.org.findUser(ADMIN.username)!.id;
    const body = await (
      await get(`/services/data/v62.0/sobjects/User/${userId}?fields=username,Email`)
    ).json();
    expect(Object.keys(body as object)).toEqual(['attributes', 'Username', 'Email']);
  });

  it.each([
    ['a missing record', '/services/data/v62.0/sobjects/Account/001000000000000AAA', 404],
    ['an id of another object', `/services/data/v62.0/sobjects/Account/0055F0000000001QAA`, 404],
    ['something that is no id', '/services/data/v62.0/sobjects/Account/not-an-id', 404],
    ['an unknown field', '/services/data/v62.0/sobjects/User/0055F0000000001QAA?fields=Nope', 400],
  ])('answers %s with %i', async (_, path, status) => {
    expect((await get(path)).status).toBe(status);
  });
});

describe('limits', () => {
  it('has the shape of a real org, and DailyApiRequests goes down with each call', async () => {
    const first = (await (await get('/services/data/v62.0/limits')).json()) as Record<
      string,
      { Max: number; Remaining: number }
    >;
    const second = (await (await get('/services/data/v62.0/limits')).json()) as typeof first;
    for (const name of [
      'DailyApiRequests',
      'DailyBulkApiBatches',
      'DailyBulkV2QueryJobs',
      'DataStorageMB',
    ]) {
      expect(first[name]).toEqual({ Max: expect.any(Number), Remaining: expect.any(Number) });
    }
    expect(second.DailyApiRequests!.Remaining).toBe(first.DailyApiRequests!.Remaining - 1);
  });
});

describe('paths as real clients send them', () => {
  it('serves a doubled slash after the host and a trailing slash', async () => {
    const doubled = await fetch(`${demo.url}//services/data/v62.0/limits/`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(doubled.status).toBe(200);
    expect((await fetch(`${demo.url}//services/data`)).status).toBe(200);
  });

  it('answers an unknown resource with 404 NOT_FOUND', async () => {
    const response = await get('/services/data/v62.0/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(NOT_FOUND);
  });
});
