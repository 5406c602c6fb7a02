import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { orgIdentityQueryOptions } from '../salesforce/org-identity';
import { useSalesforce, useSessionState } from '../salesforce/salesforce-context';
import type { Session } from '../salesforce/session/session';
import { SessionExpiredError } from '../salesforce/session/session-errors';
import { OrgIdentityView } from './org-identity-view';
import { SignOutButton } from './sign-out-button';

/** The right side of the header: which org and user, or that there is none. */
export function OrgStrip() {
  const state = useSessionState();
  switch (state.status) {
    case 'signed-out':
      return <span className="slds-text-color_weak">Not connected</span>;
    case 'expired':
      return (
        <div className="forklift-org-strip">
          <span>Session ended (org {state.ended.orgId})</span>
          <SignOutButton />
        </div>
      );
    case 'signed-in':
      return <SignedInOrgStrip session={state.session} />;
  }
}

function SignedInOrgStrip({ session }: { session: Session }) {
  const { client } = useSalesforce();
  const identity = useQuery(orgIdentityQueryOptions(client, session));
  return (
    <div className="forklift-org-strip">
      {identity.isPending && <span role="status">Reading the org…</span>}
      {identity.isError && !(identity.error instanceof SessionExpiredError) && (
        <span role="alert">
          The org could not be read: {identity.error.message}{' '}
          <button type="button" className="slds-button" onClick={() => void identity.refetch()}>
            Try again
          </button>
        </span>
      )}
      {identity.isSuccess && <OrgIdentityView identity={identity.data} />}
      <Link to="/readiness">Org readiness</Link>
      <SignOutButton />
    </div>
  );
}
