import { useQuery } from '@tanstack/react-query';
import { useId, type Dispatch } from 'react';
import type { SavedMappingsStore } from '../../lib/saved-mappings-store';
import type { LoadDraft, LoadDraftAction } from '../../load/load-draft';
import {
  globalDescribeQueryOptions,
  sobjectDescribeQueryOptions,
  type GlobalDescribeSObject,
  type SignedInKey,
} from '../../salesforce/describe-queries';
import { useSalesforce } from '../../salesforce/salesforce-context';
import type { MappingReady } from './mapping-ready';
import { ObjectMapping } from './object-mapping';
import { ObjectPicker } from './object-picker';
import { OperationPicker } from './operation-picker';
import { SavedMappingOffer } from './saved-mapping-offer';

export interface MappingStepProps {
  draft: LoadDraft;
  dispatch: Dispatch<LoadDraftAction>;
  signedIn: SignedInKey;
  /** The Salesforce user's time zone (userinfo `zoneinfo`): the default for dateTimes. */
  userTimeZone: string;
  /** Where saved mappings live (IndexedDB in the browser). */
  savedMappings: SavedMappingsStore;
  /** Moves on to the Check step with the complete mapping. */
  onContinue?: (ready: MappingReady) => void;
}

function keyPrefixesOf(objects: readonly GlobalDescribeSObject[]): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const o of objects) if (o.keyPrefix) prefixes.set(o.name, o.keyPrefix);
  return prefixes;
}

/**
 * Map (design.md §1, step 3): the operation and object, then every column to a field, value
 * handling, warnings and the exact upload preview. State lives in the route's reducer
 * (load-draft.ts); describe comes from TanStack Query.
 */
export function MappingStep(props: MappingStepProps) {
  const { draft, dispatch, signedIn } = props;
  const headingId = useId();
  const { client } = useSalesforce();
  const objects = useQuery(globalDescribeQueryOptions(client, signedIn));
  const describe = useQuery({
    ...sobjectDescribeQueryOptions(client, signedIn, draft.object ?? ''),
    enabled: draft.object !== null,
  });
  if (!draft.source) return null;
  return (
    <section aria-labelledby={headingId} className="slds-m-bottom_large">
      <h2 id={headingId} className="slds-text-heading_medium slds-m-bottom_small">
        Map the columns to fields
      </h2>
      <SavedMappingOffer
        store={props.savedMappings}
        signedIn={signedIn}
        header={draft.source.header}
        applied={draft.saved}
        onApply={(saved) => dispatch({ type: 'saved-mapping-applied', saved })}
      />
      <OperationPicker
        operation={draft.operation}
        onChange={(operation) => dispatch({ type: 'operation-chosen', operation })}
      />
      {objects.isPending && <p role="status">Reading the org’s objects…</p>}
      {objects.isError && (
        <p role="alert" className="slds-text-color_error">
          The org’s objects could not be read: {objects.error.message}
        </p>
      )}
      {objects.isSuccess && (
        <ObjectPicker
          objects={objects.data}
          operation={draft.operation}
          object={draft.object}
          onChange={(object) => dispatch({ type: 'object-chosen', object })}
        />
      )}
      {draft.object !== null && describe.isPending && (
        <p role="status">Reading the fields of {draft.object}…</p>
      )}
      {describe.isError && (
        <p role="alert" className="slds-text-color_error">
          The fields of {draft.object} could not be read: {describe.error.message}
        </p>
      )}
      {describe.isSuccess && describe.data.name.toLowerCase() === draft.object?.toLowerCase() && (
        <ObjectMapping
          draft={draft}
          dispatch={dispatch}
          describe={describe.data}
          signedIn={signedIn}
          userTimeZone={props.userTimeZone}
          store={props.savedMappings}
          {...(props.onContinue && objects.isSuccess
            ? {
                onContinue: (ready: Omit<MappingReady, 'keyPrefixes'>) =>
                  props.onContinue?.({ ...ready, keyPrefixes: keyPrefixesOf(objects.data) }),
              }
            : {})}
        />
      )}
    </section>
  );
}
