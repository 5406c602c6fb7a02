/**
 * The worker's side of the prepare protocol's plain data: the PreflightSetup rebuilt from its
 * posted form, and the column "sort rows by parent" groups on.
 */
import { findField } from '../load/describe-types';
import { planCells, type PreflightSetup } from '../load/preflight/cell-rules';
import type { CloneablePreflightSetup } from './prepare-protocol';

export function fromCloneableSetup(setup: CloneablePreflightSetup): PreflightSetup {
  return {
    describe: setup.describe,
    mapping: setup.mapping,
    formats: new Map(setup.formats),
    keyPrefixes: new Map(setup.keyPrefixes),
    ...(setup.valueMap ? { valueMap: setup.valueMap } : {}),
  };
}

/** Lookups that never make record locks fight: a record type is not a locked parent. */
const NOT_A_PARENT = new Set(['recordtype']);
/** Owners lock too (sharing), but a real parent (Account of a Contact) matters more. */
const OWNERS = new Set(['user', 'group']);

/**
 * Position in the Bulk CSV row of the parent key that "sort rows by parent" groups on: the first
 * relationship column or lookup Id column (not the row's own key), preferring a parent record
 * over an owner; null when no column points at a parent.
 */
export function parentKeyOutput(setup: PreflightSetup): number | null {
  const { cells } = planCells(setup);
  let owner: number | null = null;
  for (const cell of cells) {
    if (cell.key === 'row-key') continue;
    const field = findField(setup.describe, cell.target.field);
    if (cell.key !== 'parent-key' && field?.type !== 'reference') continue;
    const objects = (field?.referenceTo ?? []).map((o) => o.toLowerCase());
    if (objects.length > 0 && objects.every((o) => NOT_A_PARENT.has(o))) continue;
    if (objects.length > 0 && objects.every((o) => OWNERS.has(o))) {
      owner ??= cell.output;
      continue;
    }
    return cell.output;
  }
  return owner;
}
