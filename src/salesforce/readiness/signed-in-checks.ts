/**
 * Runs the whole readiness check for a signed-in user (issue 7): the token-free probes again
 * (against the instance and the login host), then permissions, object access and limits through
 * the REST client. Salesforce's refusals become "could not check" items; only an ended session
 * is thrown, because then nothing can be checked until the user signs in again.
 */
import { queryOptions } from '@tanstack/react-query';
import type { GlobalDescribeSObject } from '../describe-queries';
import type { SalesforceClient } from '../rest-client';
import { SalesforceApiError } from '../salesforce-api-error';
import { SalesforceNetworkError } from '../network-error';
import { SessionExpiredError } from '../session/session-errors';
import type { OrgLimitsSnapshot } from './org-limits';
import { limitChecks } from './limit-checks';
import { objectAccessCheck, type ObjectAccessFlags } from './object-access-check';
import type { ReadProblem } from './readiness-check';
import {
  USER_PERMISSIONS_SOQL,
  userPermissionChecks,
  type UserPermissionRow,
} from './user-permission-checks';
import {
  browserProbeEnvironment,
  runPreSignInChecks,
  type PreSignInProbeOptions,
  type ProbeEnvironment,
} from './pre-sign-in-probes';
import type { ReadinessCheck } from './readiness-check';

export interface SignedInReadinessOptions {
  probe: PreSignInProbeOptions;
  /** Check create / edit / delete on this object; otherwise a summary over all objects. */
  objectName?: string;
}

export async function runSignedInChecks(
  client: SalesforceClient,
  options: SignedInReadinessOptions,
  environment: ProbeEnvironment = browserProbeEnvironment(),
): Promise<ReadinessCheck[]> {
  const [preSignIn, permissions, objects, limits] = await Promise.all([
    runPreSignInChecks(options.probe, environment),
    readOrProblem(async () => {
      const result = await client.query<UserPermissionRow>(USER_PERMISSIONS_SOQL);
      return result.records[0];
    }),
    readOrProblem(async () => {
      const body = await client.json<{ sobjects: GlobalDescribeSObject[] }>(
        client.dataPath('/sobjects/'),
      );
      return body.sobjects.map((o): ObjectAccessFlags => ({
        name: o.name,
        label: o.label,
        createable: o.createable,
        updateable: o.updateable,
        deletable: o.deletable,
      }));
    }),
    readOrProblem(() => client.json<OrgLimitsSnapshot>(client.dataPath('/limits'))),
  ]);
  return [
    ...preSignIn,
    ...userPermissionChecks(permissions),
    objectAccessCheck(objects, options.objectName),
    ...limitChecks(limits),
  ];
}

async function readOrProblem<T>(read: () => Promise<T>): Promise<T | ReadProblem> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof SessionExpiredError) throw error;
    if (error instanceof SalesforceApiError) {
      return { errorCode: error.errorCode, message: error.message, status: error.status };
    }
    if (error instanceof SalesforceNetworkError) {
      return { errorCode: 'NO_ANSWER', message: error.message };
    }
    return {
      errorCode: 'UNEXPECTED',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Keyed by org, user and object; always re-run on demand ("Check again"). */
export function signedInReadinessQueryOptions(
  client: SalesforceClient,
  signedIn: { orgId: string; userId: string },
  options: SignedInReadinessOptions,
) {
  // The client is the page's one; the key names the org, user and object it checks.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['org-readiness', signedIn.orgId, signedIn.userId, options.objectName ?? null],
    queryFn: () => runSignedInChecks(client, options),
    staleTime: 0,
    retry: false,
  });
}
