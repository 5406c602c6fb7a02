import { useId } from 'react';
import type { MappingNotice } from './mapping-notices';

const PREFIX: Readonly<Record<MappingNotice['severity'], string>> = {
  error: 'Must fix',
  warning: 'Check',
  info: 'Note',
};

const THEME: Readonly<Record<MappingNotice['severity'], string>> = {
  error: 'slds-text-color_error',
  warning: 'slds-text-color_default',
  info: 'slds-text-color_weak',
};

/** The mapping's warnings as an SLDS alert list, each saying what to do. */
export function MappingNoticeList(props: { notices: readonly MappingNotice[]; complete: boolean }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="slds-box slds-m-bottom_medium">
      <h3 id={headingId} className="slds-text-heading_small slds-m-bottom_x-small">
        Before you load
      </h3>
      <p role="status">
        <strong>
          {props.complete
            ? 'The mapping is complete: every column is mapped or left out, and nothing blocks the load.'
            : 'The mapping is not complete yet: see what must be fixed below.'}
        </strong>
      </p>
      {props.notices.length > 0 && (
        <ul className="slds-list_dotted slds-m-top_x-small" aria-label="Mapping warnings">
          {props.notices.map((notice) => (
            <li key={notice.key} className={THEME[notice.severity]}>
              <strong>{PREFIX[notice.severity]}:</strong> {notice.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
