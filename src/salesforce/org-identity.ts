import { queryOptions } from '@tanstack/react-query';
import type { SalesforceClient } from './rest-client';

/** Which org and user the console is signed in to: shown on every screen (design.md §1). */
export interface OrgIdentity {
  orgId: string;
  orgName: string;
  isSandbox: boolean;
  userId: string;
  username: string;
  displayName: string;
  /** The user's time zone (`zoneinfo`), e.g. `Europe/Paris`. */
  timeZone: string;
}

interface OrganizationRecord {
  Id: string;
  Name: string;
  IsSandbox: boolean;
}

/** The OpenID Connect userinfo fields read here (salesforce-api.md §4.6). */
interface UserInfo {
  user_id: string;
  organization_id: string;
  preferred_username: string;
  name?: string;
  zoneinfo?: string;
}

export const ORGANIZATION_SOQL = 'SELECT Id, Name, IsSandbox FROM Organization';
export const USERINFO_PATH = '/services/oauth2/userinfo';
/** The org's name and the user's display name rarely change during a session. */
const ORG_IDENTITY_STALE_MS = 5 * 60 * 1000;

export async function fetchOrgIdentity(client: SalesforceClient): Promise<OrgIdentity> {
  // The REST query goes first: if the token expired, its 401 is the one that refreshes it.
  const result = await client.query<OrganizationRecord>(ORGANIZATION_SOQL);
  const organization = result.records[0];
  if (!organization) throw new Error('The Organization query returned no record.');
  const user = await client.json<UserInfo>(USERINFO_PATH);
  return {
    orgId: organization.Id,
    orgName: organization.Name,
    isSandbox: organization.IsSandbox,
    userId: user.user_id,
    username: user.preferred_username,
    displayName: user.name ?? user.preferred_username,
    timeZone: user.zoneinfo ?? 'GMT',
  };
}

/** Keyed by org and user, so another sign-in never shows the previous org's name. */
export function orgIdentityQueryOptions(
  client: SalesforceClient,
  signedIn: { orgId: string; userId: string },
) {
  // The client is the page's one; the key names the org and user whose identity it reads.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['org-identity', signedIn.orgId, signedIn.userId],
    queryFn: () => fetchOrgIdentity(client),
    staleTime: ORG_IDENTITY_STALE_MS,
  });
}
