/** The mapping against the demo org's live describes, as Confirm and a resumed load check it. */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  authorizationCode,
  exchangeCode,
  newVerifier,
  type TokenBody,
} from '../../emulator/http/demo-org-test-client';
import { freshDemoOrg } from '../../emulator/http/fresh-demo-org';
import type { LoadMapping } from '../load/column-mapping';
import type { SObjectDescribe } from '../load/describe-types';
import { sobjectDescribeQueryOptions } from '../salesforce/describe-queries';
import { sessionFromTokenResponse } from '../salesforce/session/session';
import { createMemorySalesforceServices } from '../salesforce/test-support/memory-salesforce-services';
import { liveMappingProblem } from './live-mapping-check';

const demo = freshDemoOrg();

async function signedIn() {
  const services = createMemorySalesforceServices();
  const { verifier, challenge } = newVerifier();
  const code = await authorizationCode(demo.url, challenge, { scope: 'api refresh_token' });
  const token = (await (await exchangeCode(demo.url, code, verifier)).json()) as TokenBody;
  const session = sessionFromTokenResponse(token, {
    loginUrl: demo.url,
    clientId: 'forklift-console',
  });
  services.sessions.store.signIn(session);
  const signedIn = { orgId: session.orgId, userId: session.userId };
  return { client: services.client, signedIn, queryClient: new QueryClient() };
}

/** Upsert Contacts by External_Id__c: Email, and the Account found by its External_Id__c. */
const mapping = (accountKey = 'External_Id__c'): LoadMapping => ({
  object: 'Contact',
  operation: 'upsert',
  matchingField: 'External_Id__c',
  columns: [
    {
      column: 0,
      header: 'Ext',
      mapping: { kind: 'field', field: 'External_Id__c' },
      blankPolicy: 'leave-unchanged',
    },
    {
      column: 1,
      header: 'Email',
      mapping: { kind: 'field', field: 'Email' },
      blankPolicy: 'leave-unchanged',
    },
    {
      column: 2,
      header: 'Account',
      mapping: {
        kind: 'relationship',
        lookupField: 'AccountId',
        targetObject: 'Account',
        targetField: accountKey,
      },
      blankPolicy: 'leave-unchanged',
    },
  ],
  constants: [],
});

/** The describe as it was "when the mapping was made": LastName not yet required. */
const lastNameOptional = (d: SObjectDescribe): SObjectDescribe => ({
  ...d,
  fields: d.fields.map((f) => (f.name === 'LastName' ? { ...f, nillable: true } : f)),
});

describe('the mapping against the live describe', () => {
  it('finds nothing when the object is as it was when mapped', async () => {
    const session = await signedIn();
    const contact = await session.queryClient.fetchQuery(
      sobjectDescribeQueryOptions(session.client, session.signedIn, 'Contact'),
    );
    const mappedWith = lastNameOptional(contact);
    expect(
      await liveMappingProblem({ ...session, mapping: mapping(), mappedWith: contact }),
    ).toBeNull();
    // Required since the mapping was made, and no column fills it: every creating row would fail.
    expect(await liveMappingProblem({ ...session, mapping: mapping(), mappedWith })).toMatch(
      /^Contact changed since the mapping was made, so nothing was sent: Last Name \(LastName\) is now required/,
    );
  });

  it('reads the parent object too, and says what the stop means for the rows', async () => {
    const session = await signedIn();
    const contact = await session.queryClient.fetchQuery(
      sobjectDescribeQueryOptions(session.client, session.signedIn, 'Contact'),
    );
    const problem = await liveMappingProblem({
      ...session,
      mapping: mapping('Legacy_Key__c'),
      mappedWith: contact,
      stopped: 'the jobs not sent yet were not created',
    });
    expect(problem).toMatch(/so the jobs not sent yet were not created: /);
    expect(problem).toMatch(
      /Account has no External ID field Legacy_Key__c any more \(column “Account”\)/,
    );
  });

  it('does not stop the load on a parent it cannot describe, as the mapping step accepted it', async () => {
    const session = await signedIn();
    const contact = await session.queryClient.fetchQuery(
      sobjectDescribeQueryOptions(session.client, session.signedIn, 'Contact'),
    );
    const unreadable = mapping();
    const account = unreadable.columns[2];
    if (account?.mapping.kind !== 'relationship') throw new Error('the fixture changed');
    account.mapping = { ...account.mapping, targetObject: 'Forklift_No_Access__c' };
    await expect(
      liveMappingProblem({ ...session, mapping: unreadable, mappedWith: contact }),
    ).resolves.not.toMatch(/Forklift_No_Access__c has no/);
  });
});
