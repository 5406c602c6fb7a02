import { useId } from 'react';

/** The IANA zones this browser knows, for the picker. */
function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * The time zone of dateTime values without an offset: the Salesforce user's by default (from
 * userinfo `zoneinfo`); every dateTime is written with an explicit offset (design.md §4).
 */
export function TimeZonePicker(props: {
  userTimeZone: string;
  timeZone: string | null;
  onChange(timeZone: string | null): void;
}) {
  const id = useId();
  const zones = knownTimeZones().filter((z) => z !== props.userTimeZone && z !== 'UTC');
  return (
    <div className="slds-form-element slds-m-bottom_small">
      <label className="slds-form-element__label" htmlFor={id}>
        Time zone of date and time values
      </label>
      <div className="slds-form-element__control">
        <div className="slds-select_container">
          <select
            id={id}
            className="slds-select"
            value={props.timeZone ?? ''}
            onChange={(event) => props.onChange(event.target.value || null)}
          >
            <option value="">{props.userTimeZone} (your Salesforce time zone)</option>
            {props.userTimeZone !== 'UTC' && <option value="UTC">UTC</option>}
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="slds-form-element__help slds-text-color_weak">
        Values that carry their own offset keep it; the others are read in this zone and written
        with its offset.
      </p>
    </div>
  );
}
