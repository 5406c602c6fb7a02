/** What the org check found in a sample of the file (issue 5, "Org check"). */
import type { Operation } from '../../load/operation-rules';

/** How many sample rows share an outcome, with the first few as examples. */
export interface RowSet {
  count: number;
  /** Up to `MAX_EXAMPLES`: 1-based data row numbers (header not counted) and their key. */
  examples: { row: number; value: string }[];
}

export const MAX_EXAMPLES = 5;

/**
 * Related records deleted along with the chosen ones. Same shape as features/run's CascadeCount
 * (features do not import each other), so a result can be handed to the confirm step as it is.
 */
export interface CascadeCount {
  /** API name of the related object. */
  object: string;
  label: string;
  count: number;
}

/** update, delete, hardDelete and upsert on Id: do the Ids name records of this object? */
export interface IdCheck {
  /** The CSV header of the Id column. */
  column: string;
  found: RowSet;
  /** Well-formed Ids of this object that the org does not have (deleted, or from another org). */
  notFound: RowSet;
  /** Ids whose key prefix belongs to another object. */
  otherObject: RowSet;
  /** Not 15 or 18 letters and digits: not queried. */
  malformed: RowSet;
  blank: RowSet;
}

/** upsert: which rows update a record, create one, or match several. */
export interface UpsertCheck {
  column: string;
  matchingField: string;
  updates: RowSet;
  creates: RowSet;
  /** Keys that match more than one record: DUPLICATE_EXTERNAL_ID. */
  several: RowSet;
  /** Upsert on Id only: a non-blank Id the org does not have fails. */
  notFound: RowSet;
  blank: RowSet;
}

/** One relationship column: does each parent key find exactly one parent? */
export interface RelationshipCheck {
  column: string;
  targetObject: string;
  targetField: string;
  one: RowSet;
  none: RowSet;
  several: RowSet;
  blank: RowSet;
}

export interface NamedRecord {
  id: string;
  name: string;
}

export interface OrgCheckResult {
  object: string;
  operation: Operation;
  /** Data rows read from the start of the file. */
  sampledRows: number;
  totalRows: number;
  queries: number;
  ids: IdCheck | null;
  upsert: UpsertCheck | null;
  relationships: RelationshipCheck[];
  /** delete/hardDelete: the first records the file names (up to 10), when the object has Name. */
  records: NamedRecord[] | null;
  /** delete/hardDelete: what the org deletes along with the found records; null otherwise. */
  cascade: CascadeCount[] | null;
  /** delete/hardDelete: related records that stop the delete (restrictedDelete). */
  blockers: CascadeCount[];
}

export interface OrgCheckProgress {
  phase: 'reading' | 'querying';
  queriesDone: number;
}
