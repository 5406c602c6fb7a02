/**
 * The mapping against the object as it is now (issue 5, Run), read fresh from Salesforce right
 * before jobs are created: at Confirm on the New load page, and on the load page when a resumed
 * load's file is dropped again (maybe hours later). One check, one message, for both.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Owner } from '../lib/load-store';
import type { LoadMapping } from '../load/column-mapping';
import type { SObjectDescribe } from '../load/describe-types';
import { mappingDrift, relationshipTargets } from '../load/mapping-drift';
import { sobjectDescribeQueryOptions } from '../salesforce/describe-queries';
import type { SalesforceClient } from '../salesforce/rest-client';

export interface LiveMappingCheck {
  queryClient: QueryClient;
  client: SalesforceClient;
  signedIn: Owner;
  mapping: LoadMapping;
  /** The describe the mapping was made against (what is new since then is what changed). */
  mappedWith: SObjectDescribe;
  /** What the stop means for rows, for the message (default: nothing was sent). */
  stopped?: string;
}

/**
 * What changed in the object (or the parents of its relationship columns) that would fail rows,
 * as one message for the user; null when nothing did. Throws when the object's own describe
 * cannot be read; a parent's that cannot be read is skipped.
 */
export async function liveMappingProblem(check: LiveMappingCheck): Promise<string | null> {
  const { queryClient, client, signedIn, mapping } = check;
  const fresh = (objectName: string) =>
    queryClient.fetchQuery({
      ...sobjectDescribeQueryOptions(client, signedIn, objectName),
      staleTime: 0,
    });
  const targets = relationshipTargets(mapping);
  // A parent that cannot be described (no access to it, say) was accepted by the mapping step
  // unverified: it is left out here too rather than stopping the load.
  const [live, ...parentDescribes] = await Promise.all([
    fresh(mapping.object),
    ...targets.map((name) => fresh(name).catch(() => undefined)),
  ]);
  const parents = new Map(
    targets.flatMap((name, i) => {
      const parent = parentDescribes[i];
      return parent ? [[name, parent] as const] : [];
    }),
  );
  const drift = mappingDrift(mapping, live, { mappedWith: check.mappedWith, parents });
  if (drift.length === 0) return null;
  const stopped = check.stopped ?? 'nothing was sent';
  return `${live.label} changed since the mapping was made, so ${stopped}: ${drift.join(' ')}`;
}
