/**
 * Production or Sandbox, from `Organization.IsSandbox`, as the header shows it (src/app's
 * EnvironmentBadge; features cannot import the app). Production is red: writing to the wrong org
 * is the costliest mistake an admin can make (design.md §1).
 */
export function OrgEnvironmentBadge({ isSandbox }: { isSandbox: boolean }) {
  return isSandbox ? (
    <span className="slds-badge slds-theme_warning">Sandbox</span>
  ) : (
    <span className="slds-badge slds-theme_error">Production</span>
  );
}
