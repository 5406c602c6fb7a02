/** The describe and assignment-rule queries the Map step runs, against the demo org over HTTP. */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  authorizationCode,
  exchangeCode,
  newVerifier,
  type TokenBody,
} from '../../emulator/http/demo-org-test-client';
import { freshDemoOrg } from '../../emulator/http/fresh-demo-org';
import {
  assignmentRulesQueryOptions,
  assignmentRulesSoql,
  globalDescribeQueryOptions,
  sobjectDescribeQueryOptions,
} from './describe-queries';
import { sessionFromTokenResponse } from './session/session';
import { createMemorySalesforceServices } from './test-support/memory-salesforce-services';

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
  return { client: services.client, key: { orgId: session.orgId, userId: session.userId } };
}

describe('describe queries', () => {
  it('lists the org’s objects with the flags the object picker filters on', async () => {
    const { client, key } = await signedIn();
    const objects = await new QueryClient().fetchQuery(globalDescribeQueryOptions(client, key));
    expect(objects.find((o) => o.name === 'Contact')).toMatchObject({
      label: 'Contact',
      createable: true,
      updateable: true,
      deletable: true,
    });
  });

  it('describes one object, keyed by org, user and object', async () => {
    const { client, key } = await signedIn();
    const options = sobjectDescribeQueryOptions(client, key, 'Contact');
    expect(options.queryKey).toEqual(['describe-sobject', key.orgId, key.userId, 'Contact']);
    const contact = await new QueryClient().fetchQuery(options);
    expect(contact.fields.find((f) => f.name === 'LastName')).toMatchObject({
      label: 'Last Name',
      nillable: false,
      createable: true,
    });
  });

  it('says assignment rules are not available where the org cannot query them', async () => {
    const { client, key } = await signedIn();
    const rules = await new QueryClient().fetchQuery(
      assignmentRulesQueryOptions(client, key, 'Lead'),
    );
    // The demo org has no AssignmentRule object; a real org answers with its rules.
    expect(rules).toMatchObject({ available: false });
  });

  it('quotes the object name in the assignment-rule query', () => {
    expect(assignmentRulesSoql("Le'ad")).toBe(
      "SELECT Id, Name, Active FROM AssignmentRule WHERE SobjectType = 'Le\\'ad'",
    );
  });
});
