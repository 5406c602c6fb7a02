import type { LoadMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import type { ColumnFormat } from '../../load/value-formats';

/**
 * What the Map step hands over once the mapping is complete: everything the Check step needs to
 * run the preflight over every row, frozen at the moment the user moves on.
 */
export interface MappingReady {
  describe: SObjectDescribe;
  mapping: LoadMapping;
  /** The format each mapped column is read with (text included). */
  formats: ReadonlyMap<number, ColumnFormat>;
  /** Key prefix per object API name, from global describe (Id checks). */
  keyPrefixes: ReadonlyMap<string, string>;
  assignmentRuleId: string | null;
}
