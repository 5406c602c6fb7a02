import { beforeEach, describe, expect, it } from 'vitest';
import { freshDemoOrg } from './fresh-demo-org';
import { ANALYST, api, control, passwordGrant } from './demo-org-test-client';

const demo = freshDemoOrg();
let token: string;
beforeEach(async () => {
  token = (await passwordGrant(demo.url)).access_token;
});

interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Record<string, unknown>[];
}

const query = (soql: string, as = token, headers: Record<string, string> = {}) =>
  api(demo.url, `/services/data/v62.0/query?q=${encodeURIComponent(soql)}`, as, { headers });
const rows = async (soql: string, as = token) =>
  (await (await query(soql, as)).json()) as QueryPage;

const PERMISSIONS_SOQL =
  'SELECT PermissionsApiEnabled, PermissionsBulkApiHardDelete, PermissionsModifyAllData, PermissionsViewAllData FROM UserPermissionAccess';

describe('the queries clients send on sign-in', () => {
  it('reads the Organization with IsSandbox', async () => {
    const page = await rows('SELECT Id, Name, IsSandbox FROM Organization');
    expect(page).toEqual({
      totalSize: 1,
      done: true,
      records: [
        {
          attributes: {
            type: 'Organization',
            url: `/services/data/v62.0/sobjects/Organization/${demo.org.orgId}`,
          },
          Id: demo.org.orgId,
          Name: 'Forklift Demo',
          IsSandbox: true,
        },
      ],
    });
  });

  it('answers ScratchOrgInfo with 400 INVALID_TYPE (clients take any 4xx as "not there")', async () => {
    const response = await query('SELECT Id FROM ScratchOrgInfo LIMIT 1');
    expect(response.status).toBe(400);
    const [error] = (await response.json()) as { message: string; errorCode: string }[];
    expect(error?.errorCode).toBe('INVALID_TYPE');
    expect(error?.message).toContain("sObject type 'ScratchOrgInfo' is not supported.");
  });

  it("reads the context user's own permissions from UserPermissionAccess", async () => {
    const admin = await rows(PERMISSIONS_SOQL);
    expect(admin.totalSize).toBe(1);
    expect(admin.records[0]).toMatchObject({
      PermissionsApiEnabled: true,
      PermissionsBulkApiHardDelete: true,
      PermissionsModifyAllData: true,
      PermissionsViewAllData: true,
    });
    const analyst = await rows(
      PERMISSIONS_SOQL,
      (await passwordGrant(demo.url, ANALYST)).access_token,
    );
    expect(analyst.records[0]).toMatchObject({
      PermissionsBulkApiHardDelete: false,
      PermissionsModifyAllData: false,
    });
  });

  it('shows permission changes made through the control plane', async () => {
    await control(
      demo.url,
      'users/admin@forklift.demo/permissions',
      { bulkApiHardDelete: false },
      'PATCH',
    );
    expect((await rows(PERMISSIONS_SOQL)).records[0]).toMatchObject({
      PermissionsBulkApiHardDelete: false,
      PermissionsApiEnabled: true,
    });
  });
});

describe('the SOQL subset over HTTP', () => {
  it('filters, follows relationships and limits', async () => {
    const page = await rows(
      "SELECT Id, Name, Account.Name FROM Contact WHERE Account.Name != null AND LastName IN ('Young', 'Lee') ORDER BY Name LIMIT 3",
    );
    expect(page.done).toBe(true);
    expect(page.records).toHaveLength(3);
    for (const record of page.records) {
      expect(record.Account).toMatchObject({
        attributes: { type: 'Account' },
        Name: expect.any(String),
      });
    }
  });

  it('counts with COUNT()', async () => {
    const all = await rows('SELECT COUNT() FROM Contact');
    expect(all.totalSize).toBe(demo.org.store.count('Contact'));
    expect(all.records).toEqual([]);
  });

  it('pages past the page size with nextRecordsUrl', async () => {
    await control(demo.url, 'config', { pageSize: 300 }, 'PATCH');
    const total = demo.org.store.count('Contact');
    const seen = new Set<unknown>();
    let page = await rows('SELECT Id FROM Contact');
    expect(page).toMatchObject({ totalSize: total, done: false });
    expect(page.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g\w{15}-300$/);
    for (;;) {
      page.records.forEach((record) => seen.add(record.Id));
      if (page.done) break;
      page = (await (await api(demo.url, page.nextRecordsUrl!, token)).json()) as QueryPage;
    }
    expect(seen.size).toBe(total);
  });

  it('takes the page size from Sforce-Query-Options', async () => {
    const response = await query('SELECT Id FROM Contact', token, {
      'Sforce-Query-Options': 'batchSize=200',
    });
    expect(((await response.json()) as QueryPage).records).toHaveLength(200);
  });

  it.each([
    ['SELECT Id FRM Contact', 'MALFORMED_QUERY'],
    ['SELECT Nope FROM Contact', 'INVALID_FIELD'],
    ["SELECT Id FROM Organization WHERE IsSandbox = 'yes'", 'INVALID_QUERY_FILTER_OPERATOR'],
  ])('answers %s with 400 and [{message, errorCode: %s}]', async (soql, errorCode) => {
    const response = await query(soql);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errorCode: string }[];
    expect(body).toEqual([
      { message: expect.stringContaining('ERROR at Row:1:Column:'), errorCode },
    ]);
  });

  it('answers a missing query and an unknown locator with 400', async () => {
    const missing = await api(demo.url, '/services/data/v62.0/query', token);
    expect(await missing.json()).toEqual([
      { message: 'A query string has to be specified', errorCode: 'MALFORMED_QUERY' },
    ]);
    const locator = await api(
      demo.url,
      '/services/data/v62.0/query/01g000000000001AAA-2000',
      token,
    );
    expect(locator.status).toBe(400);
  });
});
