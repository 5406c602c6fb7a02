/**
 * The org's `/limits` (salesforce-api.md §4.5) as a query, for the Confirm step's warning
 * (`wouldExceedLimits` in limit-headroom.ts). Read fresh each time a load is confirmed: the
 * allowances are shared with every other integration and move all day.
 */
import { queryOptions } from '@tanstack/react-query';
import type { SalesforceClient } from '../rest-client';
import type { OrgLimitsSnapshot } from './org-limits';

export function orgLimitsQueryOptions(
  client: SalesforceClient,
  signedIn: { orgId: string; userId: string },
) {
  return queryOptions({
    queryKey: ['org-limits', signedIn.orgId, signedIn.userId],
    queryFn: () => client.json<OrgLimitsSnapshot>(client.dataPath('/limits')),
    staleTime: 0,
  });
}
