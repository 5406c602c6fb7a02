import type { SavedMappingsStore } from '../../lib/saved-mappings-store';
import type { AppliedSaved } from '../../load/load-draft';
import { OPERATION_RULES } from '../../load/operation-rules';
import type { SignedInKey } from '../../salesforce/describe-queries';
import { bestSavedMappingFor } from './saved-mapping-records';
import { useSavedMappings } from './use-saved-mappings';

/** When a dropped file looks like one mapped before, its saved mapping is offered again. */
export function SavedMappingOffer(props: {
  store: SavedMappingsStore;
  signedIn: SignedInKey;
  header: readonly string[];
  applied: AppliedSaved | null;
  onApply(saved: AppliedSaved): void;
}) {
  const { list } = useSavedMappings(props.store, props.signedIn);
  if (!list.data) return null;
  const offer = bestSavedMappingFor(list.data, props.header);
  if (!offer || props.applied?.name === offer.name) return null;
  const { mapping } = offer;
  return (
    <div
      className="slds-box slds-theme_shade slds-m-bottom_medium"
      role="region"
      aria-label="Saved mapping offer"
    >
      <p>
        Your saved mapping <strong>“{offer.name}”</strong> ({mapping.object},{' '}
        {OPERATION_RULES[mapping.operation].label.toLowerCase()}) fits this file: {offer.present} of
        its {mapping.columns.length} columns are here.
      </p>
      <button
        type="button"
        className="slds-button slds-button_brand slds-m-top_x-small"
        onClick={() => props.onApply({ name: offer.name, mapping })}
      >
        Use the saved mapping “{offer.name}”
      </button>
    </div>
  );
}
