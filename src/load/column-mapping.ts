import { findField, type SObjectDescribe } from './describe-types';
import type { Operation } from './operation-rules';
import { buildRelationshipHeader } from './relationship-header';

/** Where one CSV column goes. */
export type ColumnMapping =
  | { kind: 'field'; field: string }
  | { kind: 'relationship'; lookupField: string; targetObject: string; targetField: string }
  | { kind: 'skip' };

/**
 * What a blank cell means. Bulk API leaves a field alone when its cell is empty and sets it to
 * null when the cell is `#N/A` (salesforce-api.md §2), so "clear" writes `#N/A`.
 */
export type BlankPolicy = 'leave-unchanged' | 'clear';

export const DEFAULT_BLANK_POLICY: BlankPolicy = 'leave-unchanged';
export const BULK_NULL_VALUE = '#N/A';

export interface ColumnPlan {
  /** 0-based position of the column in the CSV. */
  column: number;
  header: string;
  mapping: ColumnMapping;
  blankPolicy: BlankPolicy;
}

/** A value written to a field on every row, whatever the CSV says. */
export interface ConstantValue {
  field: string;
  value: string;
}

export interface LoadMapping {
  object: string;
  operation: Operation;
  /** The upsert matching field (`Id`, an External ID or idLookup field); null otherwise. */
  matchingField: string | null;
  columns: ColumnPlan[];
  constants: ConstantValue[];
}

export function skipColumn(column: number, header: string): ColumnPlan {
  return { column, header, mapping: { kind: 'skip' }, blankPolicy: DEFAULT_BLANK_POLICY };
}

/** The field a mapping writes on the loaded object (a relationship writes its lookup field). */
export function mappedFieldName(mapping: ColumnMapping): string | null {
  switch (mapping.kind) {
    case 'field':
      return mapping.field;
    case 'relationship':
      return mapping.lookupField;
    case 'skip':
      return null;
  }
}

/** The Bulk CSV header for a mapping: the field name, or `Rel.Field` / `Type:Rel.Field`. */
export function bulkHeaderFor(mapping: ColumnMapping, describe: SObjectDescribe): string | null {
  switch (mapping.kind) {
    case 'field':
      return findField(describe, mapping.field)?.name ?? mapping.field;
    case 'relationship': {
      const lookup = findField(describe, mapping.lookupField);
      return lookup
        ? buildRelationshipHeader(lookup, mapping.targetObject, mapping.targetField)
        : null;
    }
    case 'skip':
      return null;
  }
}

/** A cell after the column's blank policy; non-blank values pass through unchanged. */
export function applyBlankPolicy(value: string, policy: BlankPolicy): string {
  if (value !== '') return value;
  switch (policy) {
    case 'leave-unchanged':
      return '';
    case 'clear':
      return BULK_NULL_VALUE;
  }
}

/** How many cells a "clear" policy would turn into `#N/A` for one column of a sample or file. */
export function countBlankCells(rows: readonly (readonly string[])[], column: number): number {
  let blanks = 0;
  for (const row of rows) if ((row[column] ?? '') === '') blanks++;
  return blanks;
}
