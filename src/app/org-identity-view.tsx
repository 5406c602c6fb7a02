import type { OrgIdentity } from '../salesforce/org-identity';
import { EnvironmentBadge } from '../lib/environment-badge';

/** The org strip of the header: org name and id, the user, and the Production / Sandbox badge. */
export function OrgIdentityView({ identity }: { identity: OrgIdentity }) {
  return (
    <div className="forklift-org-strip">
      <EnvironmentBadge isSandbox={identity.isSandbox} />
      <dl className="forklift-org-strip__facts">
        <div>
          <dt className="slds-assistive-text">Org</dt>
          <dd className="slds-text-title_bold">{identity.orgName}</dd>
        </div>
        <div>
          <dt className="slds-text-color_weak">Org ID</dt>
          <dd>{identity.orgId}</dd>
        </div>
        <div>
          <dt className="slds-assistive-text">User</dt>
          <dd>
            <span>{identity.displayName}</span>{' '}
            <span className="slds-text-color_weak">{identity.username}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
