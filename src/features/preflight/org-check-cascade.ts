/**
 * What a delete takes with it: for each child relationship that describe marks `cascadeDelete`
 * (deleted along) or `restrictedDelete` (stops the delete), a COUNT() of the children of the
 * records found in the sample.
 */
import type { SObjectDescribe } from '../../load/describe-types';
import type { SalesforceClient } from '../../salesforce/rest-client';
import { SalesforceApiError } from '../../salesforce/salesforce-api-error';
import { childCountSoql, chunk } from './org-check-soql';
import type { CascadeCount } from './org-check-types';

/** The part of describe's `childRelationships` entries the check reads (salesforce-api.md §4.4). */
export interface ChildRelationship {
  childSObject: string;
  field: string;
  relationshipName: string | null;
  cascadeDelete: boolean;
  restrictedDelete: boolean;
}

/** Counts one query; the caller counts and reports progress. */
export type CountQuery = (soql: string) => Promise<number>;

function isChildRelationship(value: unknown): value is ChildRelationship {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.childSObject === 'string' &&
    typeof entry.field === 'string' &&
    typeof entry.cascadeDelete === 'boolean'
  );
}

/** `childRelationships` of a describe answer (kept by the REST response, absent from our type). */
export function childRelationshipsOf(describe: SObjectDescribe): ChildRelationship[] | null {
  const raw = (describe as SObjectDescribe & { childRelationships?: unknown }).childRelationships;
  if (!Array.isArray(raw)) return null;
  return raw.filter(isChildRelationship).map((entry) => ({
    ...entry,
    restrictedDelete: entry.restrictedDelete === true,
  }));
}

/** The describe's child relationships, reading describe again when the one given lacks them. */
export async function loadChildRelationships(
  client: SalesforceClient,
  describe: SObjectDescribe,
): Promise<ChildRelationship[]> {
  const known = childRelationshipsOf(describe);
  if (known !== null) return known;
  const fresh = await client.json<SObjectDescribe>(
    client.dataPath(`/sobjects/${encodeURIComponent(describe.name)}/describe/`),
  );
  return childRelationshipsOf(fresh) ?? [];
}

/** Plural labels of every object ("Campaign Members"), or an empty map if global describe fails. */
async function pluralLabels(client: SalesforceClient): Promise<Map<string, string>> {
  try {
    const answer = await client.json<{ sobjects: { name: string; labelPlural: string }[] }>(
      client.dataPath('/sobjects/'),
    );
    return new Map(answer.sobjects.map((object) => [object.name, object.labelPlural]));
  } catch (error) {
    if (error instanceof SalesforceApiError) return new Map();
    throw error;
  }
}

export interface CascadeCounts {
  cascade: CascadeCount[];
  blockers: CascadeCount[];
}

/** Sums the children per related object, for the deleted records' Ids (each chunk one query). */
export async function countCascade(
  client: SalesforceClient,
  relationships: readonly ChildRelationship[],
  ids: readonly string[],
  count: CountQuery,
): Promise<CascadeCounts> {
  const relevant = relationships.filter((r) => r.cascadeDelete || r.restrictedDelete);
  if (relevant.length === 0 || ids.length === 0) return { cascade: [], blockers: [] };
  const labels = await pluralLabels(client);
  const cascade = new Map<string, CascadeCount>();
  const blockers = new Map<string, CascadeCount>();
  for (const relationship of relevant) {
    let total = 0;
    for (const part of chunk(ids))
      total += await count(childCountSoql(relationship.childSObject, relationship.field, part));
    const into = relationship.cascadeDelete ? cascade : blockers;
    const object = relationship.childSObject;
    const entry = into.get(object) ?? {
      object,
      label: labels.get(object) ?? relationship.relationshipName ?? object,
      count: 0,
    };
    entry.count += total;
    into.set(object, entry);
  }
  return { cascade: [...cascade.values()], blockers: [...blockers.values()] };
}
