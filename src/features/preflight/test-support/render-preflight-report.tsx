/**
 * Renders PreflightReport over a summary made by the real PreflightChecker and
 * PreflightAggregator, against the demo org's Contact describe (the schema the emulator serves).
 * The wrapper keeps the value map and decision in state, as the app does, and records every call.
 */
import { StrictMode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { sobjectDescribeResponse } from '../../../../emulator/core/schema/describe-response';
import { createOrgSchema } from '../../../../emulator/core/schema/org-schema';
import type { SObjectDescribe } from '../../../load/describe-types';
import type { Operation } from '../../../load/operation-rules';
import {
  PreflightAggregator,
  type PreflightSummary,
} from '../../../load/preflight/preflight-aggregator';
import {
  checker,
  field,
  type Column,
} from '../../../load/preflight/test-support/preflight-fixture';
import type { ValueMapEntry } from '../../../load/preflight/value-map';
import { DEFAULT_PREFLIGHT_DECISION, type PreflightDecision } from '../preflight-decision';
import { PreflightReport } from '../preflight-report';

export function demoContactDescribe(): SObjectDescribe {
  const contact = createOrgSchema()
    .objects()
    .find((o) => o.name === 'Contact');
  if (!contact) throw new Error('The demo org has no Contact.');
  return sobjectDescribeResponse(contact, '62.0') as unknown as SObjectDescribe;
}

/** Checks `rows` (the file's data rows) and returns the summary the worker would hand over. */
export function checkRows(
  operation: Operation,
  columns: Column[],
  rows: readonly (readonly string[])[],
  options: { matchingField?: string; valueMap?: ValueMapEntry[] } = {},
): PreflightSummary {
  const preflight = checker(demoContactDescribe(), operation, columns, {
    matchingField: options.matchingField ?? null,
    ...(options.valueMap ? { valueMap: options.valueMap } : {}),
  });
  const aggregator = new PreflightAggregator();
  aggregator.addLoadProblems(preflight.loadProblems);
  rows.forEach((row, i) => aggregator.add(i, preflight.check(row, i)));
  return aggregator.summary();
}

export const CONTACT_COLUMNS: Column[] = [
  field('External_Id__c'),
  field('LastName'),
  field('Salutation'),
  field('Email'),
];

/**
 * An upsert by External_Id__c: a duplicate key (row 3 repeats row 1), a bad email (row 2), a
 * blank key and last name (row 6: it creates a record without its required field), and
 * Salutations the picklist does not list ("mr." twice and "Proff." with suggestions, "Dr" without).
 */
export const CONTACT_ROWS: readonly (readonly string[])[] = [
  ['C-1', 'Lovelace', 'mr.', 'ada@example.com'],
  ['C-2', 'Ng', 'mr.', 'not an email'],
  ['C-1', 'Hopper', 'Ms.', 'grace@example.com'],
  ['C-4', 'Li', 'Dr', 'li@example.com'],
  ['C-5', 'Okafor', 'Proff.', 'okafor@example.com'],
  ['', '', 'Mrs.', 'blank@example.com'],
  ['C-7', 'Turing', 'Mr.', 'alan@example.com'],
];

export interface Rendered {
  valueMaps: ValueMapEntry[][];
  decisions: PreflightDecision[];
  prepared: number;
}

let root: Root | undefined;

export function cleanUpPreflightReport() {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
}

export function renderPreflightReport(
  summary: PreflightSummary,
  options: { rowCount?: number; canSortByParent?: boolean; preparing?: boolean } = {},
): Rendered {
  const rendered: Rendered = { valueMaps: [], decisions: [], prepared: 0 };
  function Harness() {
    const [valueMap, setValueMap] = useState<readonly ValueMapEntry[]>([]);
    const [decision, setDecision] = useState<PreflightDecision>(DEFAULT_PREFLIGHT_DECISION);
    return (
      <PreflightReport
        summary={summary}
        rowCount={options.rowCount ?? summary.rowsChecked}
        objectLabel="Contact"
        operation="upsert"
        headers={CONTACT_COLUMNS.map((c) => c.header)}
        valueMap={valueMap}
        onValueMapChange={(entries) => {
          rendered.valueMaps.push(entries);
          setValueMap(entries);
        }}
        decision={decision}
        onDecisionChange={(d) => {
          rendered.decisions.push(d);
          setDecision(d);
        }}
        onPrepare={() => rendered.prepared++}
        preparing={options.preparing ?? false}
        canSortByParent={options.canSortByParent ?? false}
      />
    );
  }
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  root.render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  );
  return rendered;
}
