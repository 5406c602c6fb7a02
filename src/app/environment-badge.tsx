/**
 * Production or Sandbox, from `Organization.IsSandbox`. Production is red: writing to the wrong
 * org is the costliest mistake an admin can make (design.md §1).
 */
export function EnvironmentBadge({ isSandbox }: { isSandbox: boolean }) {
  return isSandbox ? (
    <span className="slds-badge slds-theme_warning">Sandbox</span>
  ) : (
    <span className="slds-badge slds-theme_error">Production</span>
  );
}
