/**
 * What the join of one job's results needs to know about the Bulk CSV we sent (issue 6): each
 * column's field type, so values Salesforce re-renders compare equal (`912260031` and
 * `9.12260031E8`), and the key column (Id, or upsert's matching field) for the fallback match.
 * Relationship columns (`Account.External_Id__c`) compare as text: the parent's describe is not
 * at hand, and Salesforce echoes them as sent.
 */
import { findField } from '../load/describe-types';
import type { PreflightSetup } from '../load/preflight/cell-rules';
import type { JobJoinColumns } from '../load/reconcile/job-result-join';

export function joinColumnsFor(setup: PreflightSetup, header: readonly string[]): JobJoinColumns {
  const { describe, mapping } = setup;
  const types = header.map((name) =>
    name.includes('.') ? null : (findField(describe, name)?.type ?? null),
  );
  const keyName =
    mapping.operation === 'insert'
      ? null
      : mapping.operation === 'upsert'
        ? (mapping.matchingField ?? 'Id')
        : 'Id';
  const wanted = keyName?.toLowerCase();
  const at = wanted === undefined ? -1 : header.findIndex((name) => name.toLowerCase() === wanted);
  const keyField = keyName === null ? undefined : findField(describe, keyName);
  return {
    header,
    types,
    keyColumn: at < 0 ? null : at,
    keyCaseSensitive: keyField === undefined || keyField.type === 'id' || keyField.caseSensitive,
  };
}
