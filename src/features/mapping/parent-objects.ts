import type { ColumnMapping } from '../../load/column-mapping';
import { findField, type SObjectDescribe } from '../../load/describe-types';
import type { DraftColumn } from '../../load/load-draft';
import { findLookupField, parseRelationshipHeader } from '../../load/relationship-header';

function lookupName(mapping: ColumnMapping | undefined): string | null {
  if (!mapping) return null;
  switch (mapping.kind) {
    case 'field':
      return mapping.field;
    case 'relationship':
      return mapping.lookupField;
    case 'skip':
      return null;
  }
}

/**
 * The parent objects whose describes the mapping needs: those of every lookup a column is
 * mapped or suggested to, and of every relationship-looking header (to verify `Rel.Field`).
 */
export function parentObjectsNeeded(
  columns: readonly DraftColumn[],
  describe: SObjectDescribe,
): string[] {
  const objects = new Set<string>();
  const add = (lookup: ReturnType<typeof findField>) => {
    if (lookup?.type === 'reference') for (const o of lookup.referenceTo) objects.add(o);
  };
  for (const c of columns) {
    for (const mapping of [c.mapping, c.match?.suggestion?.mapping]) {
      const name = lookupName(mapping);
      if (name !== null) add(findField(describe, name));
    }
    const parsed = parseRelationshipHeader(c.header);
    if (parsed) add(findLookupField(describe, parsed.relationshipName));
  }
  return [...objects].sort();
}
