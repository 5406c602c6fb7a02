/**
 * One group of failures (issue 6): "412 rows — INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST on
 * Contact.Status__c", what it means and the likely fix, a "Retryable" badge for errors that may
 * go away by themselves (row locks, timeouts), and the group's rows and value fix on demand.
 */
import { useMemo, useState } from 'react';
import { formatCount } from '../../lib/format-numbers';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import { maskOf, rowsOfGroup } from '../../load/reconcile/retry-rows';
import type { ErrorGroup, RowEdit, RowOutcomes } from '../../load/reconcile/row-outcomes';
import { parseSfError } from '../../load/reconcile/sf-error-text';
import { FixValueForm } from './fix-value-form';
import { GroupRowsTable } from './group-rows-table';
import type { ResultsService } from './results-service';

export interface GroupExplanation {
  meaning: string;
  fix: string;
}

/** "412 rows — CODE on Contact.Status__c, Contact.Email". */
export function groupTitle(group: ErrorGroup, object: string): string {
  const fields = group.fields.map((field) => `${object}.${field}`).join(', ');
  const rows = `${formatCount(group.count)} ${group.count === 1 ? 'row' : 'rows'}`;
  return `${rows} — ${group.code}${fields ? ` on ${fields}` : ''}`;
}

export function ErrorGroupCard(props: {
  group: ErrorGroup;
  object: string;
  explanation: GroupExplanation;
  outcomes: RowOutcomes;
  service: ResultsService;
  edits: readonly RowEdit[];
  onEdit(edit: RowEdit): Promise<void>;
  onRemoveEdit(row: number, column: number): Promise<void>;
  onSetValue(entry: ValueMapEntry): Promise<void>;
}) {
  const { group, outcomes, service } = props;
  const [open, setOpen] = useState<'none' | 'rows' | 'fix'>('none');
  const rows = useMemo(
    () => (open === 'none' ? [] : rowsOfGroup(outcomes, group)),
    [open, outcomes, group],
  );
  const readRows = useMemo(
    () => (wanted: readonly number[]) => service.readRows(wanted),
    [service],
  );
  const title = groupTitle(group, props.object);
  const headingId = `error-group-${group.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const firstColumn = group.fields
    .map((field) => service.columnOfField(field))
    .find((column) => column !== null);
  const columnValues = useMemo(
    () => (column: number) => service.columnValues(maskOf(outcomes.rowCount, rows), column),
    [service, outcomes, rows],
  );
  return (
    <article className="slds-card slds-m-vertical_small" aria-labelledby={headingId}>
      <div className="slds-card__header">
        <h3 id={headingId} className="slds-card__header-title slds-text-heading_small">
          {title}
        </h3>
        {group.retryable && (
          <span className="slds-badge slds-theme_warning slds-m-left_small">Retryable</span>
        )}
      </div>
      <div className="slds-card__body slds-card__body_inner">
        <p>
          <strong>What it means:</strong> {props.explanation.meaning}
        </p>
        <p>
          <strong>Likely fix:</strong> {props.explanation.fix}
        </p>
        {group.sampleMessage && (
          <p className="slds-text-color_weak">Salesforce said: “{group.sampleMessage}”</p>
        )}
        <div className="slds-m-top_small">
          <button
            type="button"
            className="slds-button slds-button_neutral"
            aria-expanded={open === 'rows'}
            onClick={() => setOpen(open === 'rows' ? 'none' : 'rows')}
          >
            {open === 'rows' ? 'Hide rows' : 'Show rows'}
          </button>
          <button
            type="button"
            className="slds-button slds-button_neutral"
            aria-expanded={open === 'fix'}
            onClick={() => setOpen(open === 'fix' ? 'none' : 'fix')}
          >
            Fix a value for all rows of this group
          </button>
        </div>
        {open === 'rows' && (
          <GroupRowsTable
            label={`Rows failing with ${title.split(' — ')[1] ?? group.code}`}
            header={service.header}
            rows={rows}
            errorOfRow={(row) =>
              parseSfError(outcomes.errors[outcomes.errorOf[row] ?? -1] ?? '').message
            }
            readRows={readRows}
            edits={props.edits}
            onEdit={props.onEdit}
            onRemoveEdit={props.onRemoveEdit}
          />
        )}
        {open === 'fix' && (
          <FixValueForm
            header={service.header}
            initialColumn={firstColumn ?? null}
            columnValues={columnValues}
            onSave={props.onSetValue}
            onClose={() => setOpen('none')}
          />
        )}
      </div>
    </article>
  );
}
