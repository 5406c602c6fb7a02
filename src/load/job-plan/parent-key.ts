/**
 * The column "sort rows by parent" groups on (issue 5): used by the prepare pass to sort, and by
 * the Check screen to offer the option only when there is such a column.
 */
import { findField } from '../describe-types';
import { planCells, type PreflightSetup } from '../preflight/cell-rules';

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
