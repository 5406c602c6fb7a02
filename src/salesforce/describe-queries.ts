import { queryOptions } from '@tanstack/react-query';
import type { SObjectDescribe } from '../load/describe-types';
import type { SalesforceClient } from './rest-client';
import { SalesforceApiError } from './salesforce-api-error';

/** Who is asking: describe answers depend on the user's permissions, so keys name org and user. */
export interface SignedInKey {
  orgId: string;
  userId: string;
}

/** The global describe flags the object picker needs (salesforce-api.md §4.3). */
export interface GlobalDescribeSObject {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string | null;
  custom: boolean;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  queryable: boolean;
  deprecatedAndHidden: boolean;
}

interface GlobalDescribeResponse {
  sobjects: GlobalDescribeSObject[];
}

/** A Lead or Case assignment rule (salesforce-api.md §1.2, `assignmentRuleId`). */
export interface AssignmentRule {
  Id: string;
  Name: string;
  Active: boolean;
}

/** The assignment rules, or that the org does not let this user read them. */
export type AssignmentRules =
  { available: true; rules: AssignmentRule[] } | { available: false; reason: string };

/** Describe changes only when an admin edits the schema: read it once per sign-in session. */
const DESCRIBE_STALE_MS = 10 * 60 * 1000;
/** Objects that have assignment rules (salesforce-api.md §1.2). */
export const ASSIGNMENT_RULE_OBJECTS: ReadonlySet<string> = new Set(['Lead', 'Case']);
/** Errors that mean "this org or user cannot query AssignmentRule", not "try again". */
const NOT_QUERYABLE_CODES: ReadonlySet<string> = new Set([
  'INVALID_TYPE',
  'INSUFFICIENT_ACCESS',
  'INSUFFICIENT_ACCESS_OR_READONLY',
]);

export function globalDescribeQueryOptions(client: SalesforceClient, signedIn: SignedInKey) {
  // The client is the page's one; the key names the org and user it reads for.
  return queryOptions({
    queryKey: ['describe-global', signedIn.orgId, signedIn.userId],
    queryFn: async () =>
      (await client.json<GlobalDescribeResponse>(client.dataPath('/sobjects/'))).sobjects,
    staleTime: DESCRIBE_STALE_MS,
  });
}

export function sobjectDescribeQueryOptions(
  client: SalesforceClient,
  signedIn: SignedInKey,
  objectName: string,
) {
  return queryOptions({
    queryKey: ['describe-sobject', signedIn.orgId, signedIn.userId, objectName],
    queryFn: () =>
      client.json<SObjectDescribe>(
        client.dataPath(`/sobjects/${encodeURIComponent(objectName)}/describe/`),
      ),
    staleTime: DESCRIBE_STALE_MS,
  });
}

/** SOQL string literal: backslash and quote escaped (object names never need more). */
const soqlString = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function assignmentRulesSoql(objectName: string): string {
  return `SELECT Id, Name, Active FROM AssignmentRule WHERE SobjectType = ${soqlString(objectName)}`;
}

export async function fetchAssignmentRules(
  client: SalesforceClient,
  objectName: string,
): Promise<AssignmentRules> {
  try {
    const result = await client.query<AssignmentRule>(assignmentRulesSoql(objectName));
    return { available: true, rules: result.records };
  } catch (error) {
    // An org without the object, or a user without access, answers 400/403 with these codes.
    if (error instanceof SalesforceApiError && NOT_QUERYABLE_CODES.has(error.errorCode)) {
      return { available: false, reason: error.message };
    }
    throw error;
  }
}

export function assignmentRulesQueryOptions(
  client: SalesforceClient,
  signedIn: SignedInKey,
  objectName: string,
) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['assignment-rules', signedIn.orgId, signedIn.userId, objectName],
    queryFn: () => fetchAssignmentRules(client, objectName),
    staleTime: DESCRIBE_STALE_MS,
  });
}
