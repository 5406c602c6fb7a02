import { useMemo, type Dispatch, type ReactNode } from 'react';
import type { SavedMappingsStore } from '../../lib/saved-mappings-store';
import type { SObjectDescribe } from '../../load/describe-types';
import { deriveMapping, type LoadDraft, type LoadDraftAction } from '../../load/load-draft';
import { mappingWarnings } from '../../load/mapping-warnings';
import { OPERATION_RULES } from '../../load/operation-rules';
import { toSavedMapping } from '../../load/saved-mapping';
import type { ColumnFormat } from '../../load/value-formats';
import { ASSIGNMENT_RULE_OBJECTS, type SignedInKey } from '../../salesforce/describe-queries';
import { AssignmentRulePicker } from './assignment-rule-picker';
import { columnValuePlans } from './column-values';
import { ConstantValues } from './constant-values';
import { fieldOptions } from './field-options';
import { MappingNoticeList } from './mapping-notice-list';
import type { MappingReady } from './mapping-ready';
import { blocksLoad, mappingNotices } from './mapping-notices';
import { MappingTable } from './mapping-table';
import { MatchingFieldPicker } from './matching-field-picker';
import { parentObjectsNeeded } from './parent-objects';
import { RecordTypePicker } from './record-type-picker';
import { SavedMappingsPanel } from './saved-mappings-panel';
import { TimeZonePicker } from './time-zone-picker';
import { buildUploadPreview } from './upload-preview-rows';
import { UploadPreviewView } from './upload-preview-view';
import { useParentDescribes } from './use-parent-describes';
import { ValueHandlingTable } from './value-handling-table';

function Part(props: { title: string; children: ReactNode }) {
  return (
    <div className="slds-m-bottom_large">
      <h3 className="slds-text-heading_small slds-m-bottom_x-small">{props.title}</h3>
      {props.children}
    </div>
  );
}

export interface ObjectMappingProps {
  draft: LoadDraft;
  dispatch: Dispatch<LoadDraftAction>;
  describe: SObjectDescribe;
  signedIn: SignedInKey;
  userTimeZone: string;
  store: SavedMappingsStore;
  /** Moves on to the Check step; offered once the mapping is complete. */
  onContinue?: (ready: Omit<MappingReady, 'keyPrefixes'>) => void;
}

/** Everything of the Map step that needs the object's describe; all of it derived from the draft. */
export function ObjectMapping(props: ObjectMappingProps) {
  const { draft, dispatch, describe } = props;
  const first = useMemo(() => deriveMapping(draft, describe), [draft, describe]);
  const parents = useParentDescribes(
    props.signedIn,
    useMemo(() => (first ? parentObjectsNeeded(first.columns, describe) : []), [first, describe]),
  );
  const derived = useMemo(
    () => (parents.ready.size > 0 ? deriveMapping(draft, describe, parents.ready) : first),
    [draft, describe, parents.ready, first],
  );
  const options = useMemo(
    () => fieldOptions(describe, draft.operation),
    [describe, draft.operation],
  );
  if (!derived || !draft.source) return null;

  const { mapping, columns } = derived;
  const sampleRows = draft.source.sampleRows;
  const rule = OPERATION_RULES[draft.operation];
  const timeZone = draft.timeZone ?? props.userTimeZone;
  const plans = columnValuePlans(columns, describe, sampleRows, {
    timeZone,
    matchingField: mapping.matchingField,
  });
  const notices = mappingNotices(
    derived,
    mappingWarnings(mapping, describe),
    plans,
    derived.savedNotes,
  );
  // Formats are saved with the mapping, so next week's ambiguous dates need no new choice.
  const formats: (ColumnFormat | undefined)[] = [];
  for (const p of plans) if (p.format.kind !== 'text') formats[p.column] = p.format;
  const saved = toSavedMapping(mapping, formats);
  const recordTypeName =
    describe.recordTypeInfos.find((r) => r.recordTypeId === draft.recordTypeId)?.name ?? null;
  const complete = derived.undecided.length === 0 && !blocksLoad(notices);

  return (
    <>
      {rule.needsMatchingField && (
        <MatchingFieldPicker
          describe={describe}
          matchingField={draft.matchingField}
          onChange={(field) => dispatch({ type: 'matching-field-chosen', field })}
        />
      )}
      {!rule.idOnly && (
        <RecordTypePicker
          describe={describe}
          recordTypeId={draft.recordTypeId}
          onChange={(recordTypeId) => dispatch({ type: 'record-type-chosen', recordTypeId })}
        />
      )}
      {ASSIGNMENT_RULE_OBJECTS.has(describe.name) && !rule.idOnly && (
        <AssignmentRulePicker
          signedIn={props.signedIn}
          object={describe.name}
          assignmentRuleId={draft.assignmentRuleId}
          onChange={(id) => dispatch({ type: 'assignment-rule-chosen', assignmentRuleId: id })}
        />
      )}
      {draft.saved && (
        <p className="slds-m-bottom_small">
          Using the saved mapping <strong>“{draft.saved.name}”</strong>, checked against{' '}
          {describe.label}’s fields as you see them now; your changes below take precedence.
        </p>
      )}
      <Part title="Columns">
        <MappingTable
          columns={columns}
          describe={describe}
          sampleRows={sampleRows}
          options={options}
          parents={parents.states}
          onMap={(column, m) => dispatch({ type: 'column-mapped', column, mapping: m })}
          onAcceptAll={(accepted) => dispatch({ type: 'suggestions-accepted', accepted })}
        />
      </Part>
      <Part title="Constant values">
        <ConstantValues
          describe={describe}
          operation={draft.operation}
          constants={draft.constants}
          recordTypeName={recordTypeName}
          onAdd={(constant) => dispatch({ type: 'constant-added', constant })}
          onChange={(index, constant) => dispatch({ type: 'constant-changed', index, constant })}
          onRemove={(index) => dispatch({ type: 'constant-removed', index })}
        />
      </Part>
      <Part title="Values">
        {plans.some((p) => p.format.kind === 'datetime') && (
          <TimeZonePicker
            userTimeZone={props.userTimeZone}
            timeZone={draft.timeZone}
            onChange={(zone) => dispatch({ type: 'time-zone-chosen', timeZone: zone })}
          />
        )}
        <ValueHandlingTable
          plans={plans}
          blankPolicies={new Map(columns.map((c) => [c.column, c.blankPolicy]))}
          rowCount={draft.source.rowCount}
          onBlankPolicy={(column, policy) =>
            dispatch({ type: 'blank-policy-chosen', column, policy })
          }
          onFormat={(column, format) => dispatch({ type: 'format-chosen', column, format })}
        />
      </Part>
      <MappingNoticeList notices={notices} complete={complete} />
      <UploadPreviewView preview={buildUploadPreview(mapping, describe, plans, sampleRows)} />
      <Part title="Saved mappings">
        <SavedMappingsPanel
          store={props.store}
          signedIn={props.signedIn}
          describe={describe}
          mapping={mapping}
          saved={saved}
          applied={draft.saved}
          onApply={(s) => dispatch({ type: 'saved-mapping-applied', saved: s })}
        />
      </Part>
      {props.onContinue && (
        <div className="slds-m-top_medium">
          <button
            type="button"
            className="slds-button slds-button_brand"
            disabled={!complete}
            onClick={() =>
              props.onContinue?.({
                describe,
                mapping,
                formats: new Map(plans.map((p) => [p.column, p.format])),
                assignmentRuleId: draft.assignmentRuleId,
              })
            }
          >
            Check every row
          </button>
          {!complete && (
            <span className="slds-text-color_weak slds-m-left_small">
              Finish the mapping first: see what must be fixed above.
            </span>
          )}
        </div>
      )}
    </>
  );
}
