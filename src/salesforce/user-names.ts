/**
 * Who a user id is: the org jobs page shows a job's creator (`createdById`) by name, read with
 * `SELECT Id, Name, Username FROM User WHERE Id IN (…)` through the REST client (salesforce-api.md
 * §4). Ids are checked before they go into SOQL: one malformed value makes Salesforce refuse the
 * whole query.
 */
import type { QueryResult, SalesforceClient } from './rest-client';

export interface UserName {
  id: string;
  name: string;
  username: string;
}

/** Ids per `IN (…)` list: far below SOQL's length limit. */
export const USER_IDS_PER_QUERY = 200;

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

interface UserRow {
  Id: string;
  Name: string | null;
  Username: string | null;
}

/** The 15-character, case-sensitive form: a 15- and an 18-character id name the same user. */
export const userKey = (id: string) => id.slice(0, 15);

/** `SELECT Id, Name, Username FROM User WHERE Id IN ('005…','005…')`. */
export function userNamesSoql(ids: readonly string[]): string {
  return `SELECT Id, Name, Username FROM User WHERE Id IN (${ids.map((id) => `'${id}'`).join(',')})`;
}

/**
 * Names of the given users, keyed by userKey. Ids that are not Salesforce ids, and users the
 * org does not return (deleted, or not visible to this user), are simply absent.
 */
export async function fetchUserNames(
  client: SalesforceClient,
  ids: readonly string[],
): Promise<Map<string, UserName>> {
  const wanted = [...new Set(ids.filter((id) => SALESFORCE_ID.test(id)))];
  const names = new Map<string, UserName>();
  for (let start = 0; start < wanted.length; start += USER_IDS_PER_QUERY) {
    let page: QueryResult<UserRow> = await client.query<UserRow>(
      userNamesSoql(wanted.slice(start, start + USER_IDS_PER_QUERY)),
    );
    for (;;) {
      for (const row of page.records) {
        const username = row.Username ?? '';
        names.set(userKey(row.Id), { id: row.Id, name: row.Name ?? username, username });
      }
      if (page.done || page.nextRecordsUrl === undefined) break;
      page = await client.json<QueryResult<UserRow>>(page.nextRecordsUrl);
    }
  }
  return names;
}
