/** Creator names from the demo org's User object over HTTP, in chunks, ignoring unusable ids. */
import { expect, it } from 'vitest';

import { freshDemoOrg } from '../../emulator/http/fresh-demo-org';
import { signedInIngest } from './bulk/test-support/demo-org-ingest';
import type { SalesforceClient } from './rest-client';
import { fetchUserNames, USER_IDS_PER_QUERY, userKey, userNamesSoql } from './user-names';

const demo = freshDemoOrg();

async function signedIn(): Promise<SalesforceClient> {
  return (await signedInIngest(demo.url, { grant: 'password' })).services.client;
}

async function userIds(client: SalesforceClient): Promise<Record<string, string>> {
  const { records } = await client.query<{ Id: string; Username: string }>(
    'SELECT Id, Username FROM User',
  );
  return Object.fromEntries(records.map((r) => [r.Username, r.Id]));
}

it('names the users, found by their 15- or 18-character id', async () => {
  const client = await signedIn();
  const ids = await userIds(client);
  const admin = ids['admin@forklift.demo'] ?? '';
  const analyst = ids['analyst@forklift.demo'] ?? '';
  const names = await fetchUserNames(client, [admin, analyst.slice(0, 15), admin]);
  expect(names.get(userKey(admin))).toEqual({
    id: admin,
    name: 'Alex Admin',
    username: 'admin@forklift.demo',
  });
  expect(names.get(userKey(analyst))?.name).toBe('Ana Analyst');
  expect(names.size).toBe(2);
});

it('queries in chunks and leaves out ids that are malformed or unknown', async () => {
  const client = await signedIn();
  const admin = (await userIds(client))['admin@forklift.demo'] ?? '';
  const unknown = Array.from(
    { length: USER_IDS_PER_QUERY + 5 },
    (_, i) => `005000000${String(i).padStart(6, '0')}AAA`,
  );
  const names = await fetchUserNames(client, [...unknown, "x' OR Name != '", admin]);
  expect([...names.keys()]).toEqual([userKey(admin)]);
});

it('writes the ids as a SOQL IN list', () => {
  expect(userNamesSoql(['005A', '005B'])).toBe(
    "SELECT Id, Name, Username FROM User WHERE Id IN ('005A','005B')",
  );
});
