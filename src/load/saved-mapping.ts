import {
  DEFAULT_BLANK_POLICY,
  skipColumn,
  type BlankPolicy,
  type ColumnMapping,
  type ColumnPlan,
  type ConstantValue,
  type LoadMapping,
} from './column-mapping';
import { findField, type SObjectDescribe } from './describe-types';
import type { Operation } from './operation-rules';
import type { ColumnFormat } from './value-formats';

/**
 * A mapping kept for reuse (IndexedDB, JSON, .sdl): columns are found again by header, not by
 * position, since next week's file may order them differently.
 */
export interface SavedColumn {
  header: string;
  mapping: Exclude<ColumnMapping, { kind: 'skip' }>;
  blankPolicy: BlankPolicy;
  format?: ColumnFormat;
}

export interface SavedMapping {
  object: string;
  operation: Operation;
  matchingField: string | null;
  columns: SavedColumn[];
  constants: ConstantValue[];
}

export function toSavedMapping(
  mapping: LoadMapping,
  formats: readonly (ColumnFormat | undefined)[] = [],
): SavedMapping {
  const columns = mapping.columns.flatMap((plan): SavedColumn[] => {
    if (plan.mapping.kind === 'skip') return [];
    const format = formats[plan.column];
    return [
      {
        header: plan.header,
        mapping: plan.mapping,
        blankPolicy: plan.blankPolicy,
        ...(format ? { format } : {}),
      },
    ];
  });
  return {
    object: mapping.object,
    operation: mapping.operation,
    matchingField: mapping.matchingField,
    columns,
    constants: mapping.constants,
  };
}

const normaliseHeader = (header: string) => header.trim().toLowerCase();

/** Share of the saved mapping's headers the new file has (0..1), to offer the mapping again. */
export function headerSimilarity(saved: SavedMapping, headers: readonly string[]): number {
  if (saved.columns.length === 0) return 0;
  const present = new Set(headers.map(normaliseHeader));
  return (
    saved.columns.filter((c) => present.has(normaliseHeader(c.header))).length /
    saved.columns.length
  );
}

export interface AppliedMapping {
  columns: ColumnPlan[];
  constants: ConstantValue[];
  /** Per CSV column, the saved value format, if any. */
  formats: (ColumnFormat | undefined)[];
  /** What could not be carried over, in words. */
  notes: string[];
}

function stillValid(
  mapping: SavedColumn['mapping'],
  describe: SObjectDescribe,
): ColumnMapping | null {
  switch (mapping.kind) {
    case 'field': {
      const field = findField(describe, mapping.field);
      return field ? { kind: 'field', field: field.name } : null;
    }
    case 'relationship': {
      const lookup = findField(describe, mapping.lookupField);
      const target = lookup?.referenceTo.find(
        (o) => o.toLowerCase() === mapping.targetObject.toLowerCase(),
      );
      return lookup && target
        ? { ...mapping, lookupField: lookup.name, targetObject: target }
        : null;
    }
  }
}

/**
 * Applies a saved mapping to a new file, re-checked against the live describe: a field this user
 * cannot see (or that no longer exists) is dropped with a note; unmatched headers are skipped.
 */
export function applySavedMapping(
  saved: SavedMapping,
  headers: readonly string[],
  describe: SObjectDescribe,
): AppliedMapping {
  const notes: string[] = [];
  const byHeader = new Map<string, SavedColumn>();
  for (const column of saved.columns) byHeader.set(normaliseHeader(column.header), column);
  const used = new Set<string>();
  const formats: (ColumnFormat | undefined)[] = [];
  const columns = headers.map((header, column): ColumnPlan => {
    const key = normaliseHeader(header);
    const savedColumn = used.has(key) ? undefined : byHeader.get(key);
    if (!savedColumn) return skipColumn(column, header);
    used.add(key);
    const mapping = stillValid(savedColumn.mapping, describe);
    if (!mapping) {
      const target =
        savedColumn.mapping.kind === 'field'
          ? savedColumn.mapping.field
          : `${savedColumn.mapping.lookupField} → ${savedColumn.mapping.targetObject}`;
      notes.push(
        `"${header}" was mapped to ${target}, which ${describe.name} no longer has or you cannot see; the column is skipped.`,
      );
      return skipColumn(column, header);
    }
    formats[column] = savedColumn.format;
    return {
      column,
      header,
      mapping,
      blankPolicy: savedColumn.blankPolicy ?? DEFAULT_BLANK_POLICY,
    };
  });
  for (const savedColumn of saved.columns) {
    if (!used.has(normaliseHeader(savedColumn.header)))
      notes.push(`The saved mapping has a column "${savedColumn.header}" that this file does not.`);
  }
  const constants = saved.constants.flatMap((constant) => {
    const field = findField(describe, constant.field);
    if (field) return [{ field: field.name, value: constant.value }];
    notes.push(
      `The constant for ${constant.field} is dropped: ${describe.name} has no such field you can see.`,
    );
    return [];
  });
  return { columns, constants, formats, notes };
}
