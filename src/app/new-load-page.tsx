import { useQuery } from '@tanstack/react-query';
import { useReducer } from 'react';
import { MappingStep } from '../features/mapping/mapping-step';
import { DropStep } from '../features/upload/drop-step';
import type { CsvPreview, ParsedCsv } from '../features/upload/parsed-csv';
import { browserSavedMappingsStore } from '../lib/saved-mappings-store';
import { EMPTY_LOAD_DRAFT, loadDraftReducer, type DraftSource } from '../load/load-draft';
import { orgIdentityQueryOptions } from '../salesforce/org-identity';
import { useSalesforce, useSessionState } from '../salesforce/salesforce-context';
import type { SessionState } from '../salesforce/session/session-store';

/** DateTimes are read as UTC when the user's Salesforce time zone cannot be read. */
const FALLBACK_TIME_ZONE = 'UTC';

function sourceOf(
  csv: CsvPreview | ParsedCsv,
  fallbackRows: DraftSource['sampleRows'],
): DraftSource {
  if ('rowCount' in csv) {
    const sampleRows = csv.firstRows.length > 0 ? csv.firstRows : fallbackRows;
    return { fileName: csv.file.name, header: csv.header, sampleRows, rowCount: csv.rowCount };
  }
  return { fileName: csv.file.name, header: csv.header, sampleRows: csv.rows, rowCount: null };
}

/** The org and user the page works for, also while a session that ended is being renewed. */
function signedInKey(state: SessionState) {
  switch (state.status) {
    case 'signed-in':
      return { orgId: state.session.orgId, userId: state.session.userId };
    case 'expired':
      return { orgId: state.ended.orgId, userId: state.ended.userId };
    case 'signed-out':
      return null;
  }
}

/**
 * New load (`/loads/new`): Drop, then Map. The route's state is one reducer (design.md §3);
 * the file itself stays with the drop step, which hands over its header and first rows.
 */
export function NewLoadPage() {
  const { client } = useSalesforce();
  const signedIn = signedInKey(useSessionState());
  const identity = useQuery({
    ...orgIdentityQueryOptions(client, signedIn ?? { orgId: '', userId: '' }),
    enabled: signedIn !== null,
  });
  const [draft, dispatch] = useReducer(loadDraftReducer, EMPTY_LOAD_DRAFT);
  const sample = draft.source?.sampleRows ?? [];
  const userTimeZone =
    identity.data?.timeZone ?? (identity.isError ? FALLBACK_TIME_ZONE : undefined);
  return (
    <div className="slds-p-around_large">
      <h1 className="slds-text-heading_large slds-m-bottom_medium">New load</h1>
      <DropStep
        onFileChange={() => dispatch({ type: 'source-changed', source: null })}
        onPreview={(preview) =>
          dispatch({ type: 'source-changed', source: preview ? sourceOf(preview, []) : null })
        }
        onParsed={(parsed) => {
          // null means a new pass started: the preview already said what is there.
          if (parsed) dispatch({ type: 'source-changed', source: sourceOf(parsed, sample) });
        }}
      />
      {draft.source && signedIn && userTimeZone === undefined && (
        <p role="status">Reading your Salesforce settings…</p>
      )}
      {draft.source && signedIn && identity.isError && (
        <p className="slds-text-color_weak">
          Your Salesforce time zone could not be read, so date and time values are read as UTC
          unless you choose another zone.
        </p>
      )}
      {signedIn && userTimeZone !== undefined && (
        <MappingStep
          draft={draft}
          dispatch={dispatch}
          signedIn={signedIn}
          userTimeZone={userTimeZone}
          savedMappings={browserSavedMappingsStore}
        />
      )}
    </div>
  );
}
