/**
 * The items of an org readiness check (issue 7): each with its status in words and a symbol (not
 * colour alone), what was found, why it matters and the fix in an admin's words.
 */
import {
  statusLabel,
  type ReadinessCheck,
  type ReadinessStatus,
} from '../../salesforce/readiness/readiness-check';

const STATUS_LOOK: Record<ReadinessStatus, { symbol: string; theme: string }> = {
  pass: { symbol: '✓', theme: 'slds-theme_success' },
  fail: { symbol: '✕', theme: 'slds-theme_error' },
  warn: { symbol: '!', theme: 'slds-theme_warning' },
  unknown: { symbol: '?', theme: '' },
};

export function ReadinessList({
  checks,
  label,
}: {
  checks: readonly ReadinessCheck[];
  label: string;
}) {
  return (
    <ul aria-label={label} className="slds-has-dividers_top-space">
      {checks.map((check) => (
        <ReadinessItem key={check.id} check={check} />
      ))}
    </ul>
  );
}

function ReadinessItem({ check }: { check: ReadinessCheck }) {
  const look = STATUS_LOOK[check.status];
  return (
    <li className="slds-item" aria-label={`${check.title}: ${statusLabel(check.status)}`}>
      <div className="slds-grid slds-grid_vertical-align-center slds-m-bottom_xx-small">
        <span className={`slds-badge ${look.theme} slds-m-right_small`}>
          <span aria-hidden="true" className="slds-m-right_xx-small">
            {look.symbol}
          </span>{' '}
          {statusLabel(check.status)}
        </span>
        <h3 className="slds-text-heading_small">{check.title}</h3>
      </div>
      <p>{check.detail}</p>
      <p className="slds-text-color_weak">
        <strong>Why it matters:</strong> {check.why}
      </p>
      {check.fix && (
        <p>
          <strong>How to fix:</strong> {check.fix}
        </p>
      )}
    </li>
  );
}

/** One sentence over the whole list, for a live region. */
export function readinessSummary(checks: readonly ReadinessCheck[]): string {
  const count = (status: ReadinessStatus) => checks.filter((c) => c.status === status).length;
  const [fail, warn, unknown] = [count('fail'), count('warn'), count('unknown')];
  if (fail + warn + unknown === 0) return `All ${checks.length} checks passed: this org is ready.`;
  const parts = [
    fail ? `${fail} need${fail === 1 ? 's' : ''} a fix` : '',
    warn ? `${warn} warning${warn === 1 ? '' : 's'}` : '',
    unknown ? `${unknown} could not be checked` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}; see each item for what to change.`;
}
