/**
 * Production or Sandbox, from `Organization.IsSandbox`: in the header on every screen and in the
 * Confirm dialog. Production is red: writing to the wrong
 * org is the costliest mistake an admin can make (design.md §1).
 */
export function EnvironmentBadge({ isSandbox }: { isSandbox: boolean }) {
  return isSandbox ? (
    <span className="slds-badge slds-theme_warning">Sandbox</span>
  ) : (
    <span className="slds-badge slds-theme_error">Production</span>
  );
}
