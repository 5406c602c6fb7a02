import { useId, useState } from 'react';
import type { LoadMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import type { AppliedSaved } from '../../load/load-draft';
import { mappingFromJson, mappingToJson } from '../../load/mapping-json';
import type { SavedMapping } from '../../load/saved-mapping';
import { mappingToSdl, sdlToSavedMapping } from '../../load/sdl';
import { downloadText } from '../../lib/download-blob';

const stem = (fileName: string) => fileName.replace(/\.[^.]*$/, '');

/** Export and import of the mapping: Forklift JSON, and Data Loader `.sdl` (both directions). */
export function MappingFiles(props: {
  describe: SObjectDescribe;
  mapping: LoadMapping;
  saved: SavedMapping;
  onImport(saved: AppliedSaved): void;
}) {
  const id = useId();
  const [notes, setNotes] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const base = `${props.mapping.object}-${props.mapping.operation}`;

  async function importFile(file: File, kind: 'json' | 'sdl') {
    const text = await file.text();
    setError(null);
    if (kind === 'json') {
      const result = mappingFromJson(text);
      if (!result.ok) return setError(`${file.name}: ${result.error}`);
      setNotes([]);
      return props.onImport({ name: stem(file.name), mapping: result.mapping });
    }
    const imported = sdlToSavedMapping(text, props.describe, props.mapping.operation);
    setNotes(imported.notes);
    props.onImport({
      name: stem(file.name),
      mapping: { ...imported.mapping, matchingField: props.mapping.matchingField },
    });
  }

  return (
    <div className="slds-m-top_small">
      <div className="slds-button-group" role="group" aria-label="Export the mapping">
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() =>
            downloadText(mappingToJson(props.saved), `${base}.json`, 'application/json')
          }
        >
          Export as JSON
        </button>
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() => {
            const sdl = mappingToSdl(props.mapping, props.describe);
            setNotes(sdl.notes);
            downloadText(sdl.text, `${base}.sdl`, 'text/plain');
          }}
        >
          Export as Data Loader .sdl
        </button>
      </div>
      {(['json', 'sdl'] as const).map((kind) => (
        <div key={kind} className="slds-form-element slds-m-top_x-small">
          <label className="slds-form-element__label" htmlFor={`${id}-${kind}`}>
            {kind === 'json'
              ? 'Import a Forklift mapping (.json)'
              : 'Import a Data Loader mapping (.sdl)'}
          </label>
          <input
            id={`${id}-${kind}`}
            type="file"
            accept={kind === 'json' ? '.json,application/json' : '.sdl,text/plain'}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file, kind);
            }}
          />
        </div>
      ))}
      {error && (
        <p role="alert" className="slds-text-color_error">
          {error}
        </p>
      )}
      {notes.length > 0 && (
        <ul className="slds-m-top_x-small" aria-label="Mapping file notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
