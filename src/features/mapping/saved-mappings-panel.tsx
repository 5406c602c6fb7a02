import { useId, useState } from 'react';
import type { SavedMappingsStore } from '../../lib/saved-mappings-store';
import type { LoadMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import type { AppliedSaved } from '../../load/load-draft';
import type { SavedMapping } from '../../load/saved-mapping';
import type { SignedInKey } from '../../salesforce/describe-queries';
import { MappingFiles } from './mapping-files';
import { savedMappingRecord } from './saved-mapping-records';
import { useSavedMappings } from './use-saved-mappings';

/** Saved per org + user + object in IndexedDB (design.md §3), used again, exported, imported. */
export function SavedMappingsPanel(props: {
  store: SavedMappingsStore;
  signedIn: SignedInKey;
  describe: SObjectDescribe;
  mapping: LoadMapping;
  saved: SavedMapping;
  applied: AppliedSaved | null;
  onApply(saved: AppliedSaved): void;
}) {
  const id = useId();
  const { list, save, remove } = useSavedMappings(props.store, props.signedIn);
  const [name, setName] = useState(props.applied?.name ?? '');
  const [savedName, setSavedName] = useState<string | null>(null);
  const object = props.describe.name;
  const forObject = (list.data ?? []).filter((entry) => entry.record.object === object);
  return (
    <div>
      <form
        className="slds-grid slds-grid_vertical-align-end"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          const key = { ...props.signedIn, object, name: trimmed };
          save.mutate(savedMappingRecord(key, props.saved, new Date()), {
            onSuccess: () => setSavedName(trimmed),
          });
        }}
      >
        <div className="slds-form-element slds-col">
          <label className="slds-form-element__label" htmlFor={`${id}-name`}>
            Name for this mapping
          </label>
          <input
            id={`${id}-name`}
            className="slds-input"
            value={name}
            placeholder={`e.g. Weekly ${props.describe.label} import`}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="slds-button slds-button_neutral slds-m-left_x-small"
          disabled={!name.trim() || save.isPending}
        >
          Save mapping
        </button>
      </form>
      <p role="status" className="slds-m-top_xx-small">
        {save.isError
          ? `The mapping could not be saved in this browser: ${save.error.message}`
          : savedName
            ? `Saved “${savedName}” for ${object} in this browser.`
            : ''}
      </p>
      {list.isError && (
        <p className="slds-text-color_error">
          Saved mappings could not be read from this browser: {list.error.message}
        </p>
      )}
      {forObject.length > 0 && (
        <ul className="slds-m-top_small" aria-label={`Saved ${object} mappings`}>
          {forObject.map((entry) => (
            <li
              key={entry.record.name}
              className="slds-grid slds-grid_vertical-align-center slds-m-bottom_xx-small"
            >
              <span className="slds-col">
                {entry.record.name}{' '}
                <span className="slds-text-color_weak">
                  (saved {new Date(entry.record.savedAt).toLocaleString()})
                </span>
                {!entry.ok && (
                  <span className="slds-text-color_error"> cannot be read: {entry.error}</span>
                )}
              </span>
              {entry.ok && (
                <button
                  type="button"
                  className="slds-button slds-button_neutral"
                  aria-label={`Use the saved mapping “${entry.record.name}”`}
                  onClick={() => props.onApply({ name: entry.record.name, mapping: entry.mapping })}
                >
                  Use
                </button>
              )}
              <button
                type="button"
                className="slds-button slds-button_text-destructive slds-m-left_x-small"
                aria-label={`Delete the saved mapping “${entry.record.name}”`}
                onClick={() => remove.mutate(entry.record)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <MappingFiles
        describe={props.describe}
        mapping={props.mapping}
        saved={props.saved}
        onImport={props.onApply}
      />
    </div>
  );
}
