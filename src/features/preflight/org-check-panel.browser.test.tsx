/**
 * The org check panel in real Chromium against the demo org over HTTP: an upsert sample split
 * into updates and creates, relationship keys that find no parent, a delete of Accounts that
 * counts their Contacts as cascading, and Ids the org does not have.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ColumnMapping, LoadMapping } from '../../load/column-mapping';
import type { Operation } from '../../load/operation-rules';
import type { SObjectDescribe } from '../../load/describe-types';
import {
  control,
  passwordSessions,
  resetDemoOrg,
} from '../../salesforce/bulk/test-support/browser-demo-org';
import { createSalesforceClient, type SalesforceClient } from '../../salesforce/rest-client';
import type { OrgCheckInput } from './org-check';
import { OrgCheckPanel } from './org-check-panel';
import type { OrgCheckResult } from './org-check-types';

let root: Root | null = null;
let host: HTMLElement | null = null;

beforeEach(() => resetDemoOrg());
afterEach(() => {
  root?.unmount();
  host?.remove();
  root = null;
  host = null;
});

async function signedIn(): Promise<SalesforceClient> {
  return createSalesforceClient({ sessions: await passwordSessions(), apiVersion: '62.0' });
}

async function seed(object: string, records: Record<string, string>[]): Promise<string[]> {
  return ((await control('POST', 'seed', { object, records })) as { ids: string[] }).ids;
}

/** A UTF-8 CSV File with its data rows' byte offsets, as the drop step reports them. */
function csvInput(
  header: string[],
  rows: string[][],
  describe: SObjectDescribe,
  operation: Operation,
  mappings: ColumnMapping[],
  matchingField: string | null = null,
): OrgCheckInput {
  const encoder = new TextEncoder();
  const lines = [header, ...rows].map((cells) => `${cells.join(',')}\n`);
  const offsets: number[] = [];
  let at = encoder.encode(lines[0]).length;
  for (const line of lines.slice(1)) {
    offsets.push(at);
    at += encoder.encode(line).length;
  }
  const mapping: LoadMapping = {
    object: describe.name,
    operation,
    matchingField,
    columns: header.map((h, column) => ({
      column,
      header: h,
      mapping: mappings[column] ?? { kind: 'skip' },
      blankPolicy: 'leave-unchanged',
    })),
    constants: [],
  };
  return {
    file: new File(lines, 'sample.csv', { type: 'text/csv' }),
    encoding: 'utf-8',
    leadingBytes: 0,
    dialect: { delimiter: ',', quoteChar: '"', newline: '\n' },
    rowOffsets: Float64Array.from(offsets),
    rowCount: rows.length,
    describe,
    mapping,
  };
}

async function describeOf(client: SalesforceClient, object: string): Promise<SObjectDescribe> {
  return client.json<SObjectDescribe>(client.dataPath(`/sobjects/${object}/describe/`));
}

function renderPanel(input: OrgCheckInput, client: SalesforceClient): OrgCheckResult[] {
  const results: OrgCheckResult[] = [];
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  root.render(
    <StrictMode>
      <OrgCheckPanel input={input} client={client} onResult={(r) => results.push(r)} />
    </StrictMode>,
  );
  return results;
}

const checkButton = () =>
  page.getByRole('button', { name: 'Check against the org (a few queries, no changes)' });
const results = () => page.getByRole('list', { name: 'Org check results' });

describe('the org check panel', () => {
  it('says which upsert rows update and which create, and which parent keys find no Account', async () => {
    const client = await signedIn();
    await seed('Account', [{ Name: 'Parent', External_Id__c: 'A-1' }]);
    await seed('Contact', [
      { LastName: 'One', External_Id__c: 'E-1' },
      { LastName: 'Two', External_Id__c: 'E-2' },
    ]);
    const input = csvInput(
      ['Key', 'LastName', 'Account'],
      [
        ['E-1', 'One', 'A-1'],
        ['e-2', 'Two', 'A-1'],
        ['N-3', 'Three', 'A-404'],
        ['N-4', 'Four', ''],
        ["N'5", 'Five', 'A-1'],
      ],
      await describeOf(client, 'Contact'),
      'upsert',
      [
        { kind: 'field', field: 'External_Id__c' },
        { kind: 'field', field: 'LastName' },
        {
          kind: 'relationship',
          lookupField: 'AccountId',
          targetObject: 'Account',
          targetField: 'External_Id__c',
        },
      ],
      'External_Id__c',
    );
    const got = renderPanel(input, client);
    await userEvent.click(checkButton());
    await expect.element(results()).toBeVisible();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Of all 5 rows (2 queries, nothing changed in the org):');
    const list = results();
    await expect
      .element(list)
      .toHaveTextContent(
        '2 rows match one existing Contact by External_Id__c and would update it.',
      );
    await expect
      .element(list)
      .toHaveTextContent('3 rows match no Contact and would create a new record.');
    await expect
      .element(list)
      .toHaveTextContent('3 rows find exactly one Account by External_Id__c (column “Account”).');
    await expect
      .element(list)
      .toHaveTextContent(
        '1 row finds no Account by External_Id__c (column “Account”): Salesforce would fail such rows. Salesforce error: INVALID_FIELD (Foreign key external ID not found). See row 3 (“A-404”).',
      );
    expect(got).toHaveLength(1);
    expect(got[0]?.upsert?.updates.examples.map((e) => e.row)).toEqual([1, 2]);
    expect(got[0]?.relationships[0]?.blank.count).toBe(1);
  });

  it('counts the Contacts that a delete of Accounts takes with it, names the Accounts and lists missing Ids', async () => {
    const client = await signedIn();
    const accounts = await seed('Account', [{ Name: 'Acme' }, { Name: 'Globex' }]);
    await seed('Contact', [
      { LastName: 'A1', AccountId: accounts[0] ?? '' },
      { LastName: 'A2', AccountId: accounts[0] ?? '' },
      { LastName: 'B1', AccountId: accounts[1] ?? '' },
    ]);
    await seed('Case', [{ Subject: 'Open issue', AccountId: accounts[1] ?? '' }]);
    const describe = await describeOf(client, 'Account');
    const missing = `${describe.keyPrefix ?? '001'}000000099999`;
    const input = csvInput(
      ['Id'],
      [[accounts[0] ?? ''], [accounts[1] ?? ''], [missing], ['003000000000001'], ['not-an-id']],
      describe,
      'delete',
      [{ kind: 'field', field: 'Id' }],
    );
    const got = renderPanel(input, client);
    await userEvent.click(checkButton());
    await expect
      .element(page.getByRole('list', { name: 'Deleted with them' }))
      .toHaveTextContent('3 Contacts (Contact)');
    await expect
      .element(page.getByRole('list', { name: 'Records to delete' }))
      .toHaveTextContent(`Acme (${accounts[0]})`);
    const list = results();
    await expect.element(list).toHaveTextContent('2 rows name an existing Account.');
    await expect.element(list).toHaveTextContent(`See row 3 (“${missing}”)`);
    await expect
      .element(list)
      .toHaveTextContent('1 row has an Id of another kind of record, not Account');
    await expect
      .element(list)
      .toHaveTextContent('Salesforce error: MALFORMED_ID. See row 5 (“not-an-id”).');
    const result = got[0];
    expect(result?.cascade?.find((c) => c.object === 'Contact')?.count).toBe(3);
    expect(result?.cascade?.find((c) => c.object === 'Opportunity')?.count).toBe(0);
    expect(result?.ids?.notFound.examples).toEqual([{ row: 3, value: missing }]);
    expect(result?.records?.map((r) => r.name)).toEqual(['Acme', 'Globex']);
    // Account→Cases is restrictedDelete: a Case stops its Account's delete.
    await expect
      .element(page.getByRole('list', { name: 'Related records that stop the delete' }))
      .toHaveTextContent('1 Cases (Case)');
    expect(result?.blockers).toEqual([{ object: 'Case', label: 'Cases', count: 1 }]);
  });

  it('says the session ended when Salesforce will not renew it', async () => {
    const client = createSalesforceClient({
      sessions: { currentSession: () => undefined, refresh: () => Promise.reject(new Error('no')) },
      apiVersion: '62.0',
    });
    const describe = { name: 'Account', keyPrefix: '001' } as SObjectDescribe;
    const input = csvInput(['Id'], [['001000000000001']], describe, 'update', [
      { kind: 'field', field: 'Id' },
    ]);
    renderPanel(input, client);
    await userEvent.click(checkButton());
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Your Salesforce session has ended: Not signed in. Sign in again');
  });

  it('shows the message of a query Salesforce refuses', async () => {
    const client = await signedIn();
    const describe = await describeOf(client, 'Account');
    const input = csvInput(
      ['Key'],
      [['K-1']],
      describe,
      'upsert',
      [{ kind: 'field', field: 'No_Such_Field__c' }],
      'No_Such_Field__c',
    );
    renderPanel(input, client);
    await userEvent.click(checkButton());
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Salesforce refused a query: INVALID_FIELD');
  });
});
