import {
  findField,
  isIndexedLookupField,
  type FieldDescribe,
  type SObjectDescribe,
} from './describe-types';

/**
 * Relationship columns name a parent record by one of its indexed fields (salesforce-api.md §2):
 * Bulk API writes `Rel.Field`, or `Type:Rel.Field` for a polymorphic lookup; Data Loader's .sdl
 * files write `Rel:Field` (old) or `Rel:Type-Field` (new).
 */
export type RelationshipSyntax = 'bulk' | 'data-loader' | 'data-loader-legacy';

export interface ParsedRelationship {
  syntax: RelationshipSyntax;
  typePrefix: string | null;
  relationshipName: string;
  targetField: string;
}

const NAME = '[A-Za-z][A-Za-z0-9_]*';
const BULK_FORM = new RegExp(`^(?:(${NAME}):)?(${NAME})\\.(${NAME})$`);
const DATA_LOADER_FORM = new RegExp(`^(${NAME}):(${NAME})-(${NAME})$`);
const DATA_LOADER_LEGACY_FORM = new RegExp(`^(${NAME}):(${NAME})$`);

export function parseRelationshipHeader(text: string): ParsedRelationship | null {
  const trimmed = text.trim();
  const bulk = BULK_FORM.exec(trimmed);
  if (bulk)
    return {
      syntax: 'bulk',
      typePrefix: bulk[1] ?? null,
      relationshipName: bulk[2] ?? '',
      targetField: bulk[3] ?? '',
    };
  const dataLoader = DATA_LOADER_FORM.exec(trimmed);
  if (dataLoader) {
    return {
      syntax: 'data-loader',
      typePrefix: dataLoader[2] ?? null,
      relationshipName: dataLoader[1] ?? '',
      targetField: dataLoader[3] ?? '',
    };
  }
  const legacy = DATA_LOADER_LEGACY_FORM.exec(trimmed);
  if (legacy)
    return {
      syntax: 'data-loader-legacy',
      typePrefix: null,
      relationshipName: legacy[1] ?? '',
      targetField: legacy[2] ?? '',
    };
  return null;
}

/** Whether a lookup needs the `Type:` prefix: it does when its referenceTo lists several objects in this org. */
export function isPolymorphicLookup(lookup: FieldDescribe): boolean {
  return lookup.referenceTo.length > 1;
}

/** The Bulk API header for a relationship column, or null when the field is not a lookup. */
export function buildRelationshipHeader(
  lookup: FieldDescribe,
  targetObject: string,
  targetField: string,
): string | null {
  if (lookup.type !== 'reference' || lookup.relationshipName === null) return null;
  const prefix = isPolymorphicLookup(lookup) ? `${targetObject}:` : '';
  return `${prefix}${lookup.relationshipName}.${targetField}`;
}

/**
 * The lookup field a relationship name points at: by `relationshipName` (`Account`, `Owner`,
 * `Mother__r`), by the custom field behind a `__r` name, or by the lookup field's own name
 * (`AccountId`, `Mother__c`), all case-insensitively; `Account__r` also finds `Account`.
 */
export function findLookupField(
  describe: SObjectDescribe,
  relationshipName: string,
): FieldDescribe | undefined {
  const wanted = relationshipName.toLowerCase();
  const lookups = describe.fields.filter((f) => f.type === 'reference');
  const byRelationship = lookups.find((f) => f.relationshipName?.toLowerCase() === wanted);
  if (byRelationship) return byRelationship;
  if (!wanted.endsWith('__r')) return lookups.find((f) => f.name.toLowerCase() === wanted);
  // `Mother__r` names the custom field Mother__c; `Account__r` is a common slip for `Account`.
  const stem = wanted.slice(0, -3);
  return (
    lookups.find((f) => f.name.toLowerCase() === `${stem}__c`) ??
    lookups.find((f) => f.relationshipName?.toLowerCase() === stem)
  );
}

/** Describes of parent objects, by API name, when the caller has loaded them. */
export type ParentDescribes = ReadonlyMap<string, SObjectDescribe>;

function parentDescribe(
  parents: ParentDescribes | undefined,
  objectName: string,
): SObjectDescribe | undefined {
  if (!parents) return undefined;
  const wanted = objectName.toLowerCase();
  for (const [name, describe] of parents) if (name.toLowerCase() === wanted) return describe;
  return undefined;
}

export type RelationshipResolution =
  | {
      ok: true;
      lookupField: FieldDescribe;
      targetObject: string;
      targetField: string;
      verified: boolean;
      notes: string[];
    }
  | {
      ok: false;
      reason:
        | 'no-lookup'
        | 'type-not-referenced'
        | 'type-required'
        | 'target-field-unknown'
        | 'target-field-not-indexed';
      message: string;
      candidates: string[];
    };

function resolveTargetField(
  parent: SObjectDescribe | undefined,
  targetObject: string,
  targetField: string,
):
  | { ok: true; name: string; verified: boolean }
  | { ok: false; reason: 'target-field-unknown' | 'target-field-not-indexed'; message: string } {
  if (!parent) return { ok: true, name: targetField, verified: false };
  const field = findField(parent, targetField);
  if (!field)
    return {
      ok: false,
      reason: 'target-field-unknown',
      message: `${targetObject} has no field ${targetField}.`,
    };
  if (!isIndexedLookupField(field)) {
    return {
      ok: false,
      reason: 'target-field-not-indexed',
      message: `${targetObject}.${field.name} is not an External ID or idLookup field, so Salesforce cannot find parents by it.`,
    };
  }
  return { ok: true, name: field.name, verified: true };
}

function chooseTargetObject(
  lookup: FieldDescribe,
  parsed: ParsedRelationship,
  parents: ParentDescribes | undefined,
): { ok: true; object: string; notes: string[] } | Extract<RelationshipResolution, { ok: false }> {
  const referenced = lookup.referenceTo;
  if (parsed.typePrefix !== null) {
    const object = referenced.find((o) => o.toLowerCase() === parsed.typePrefix?.toLowerCase());
    if (!object) {
      return {
        ok: false,
        reason: 'type-not-referenced',
        message: `${lookup.name} does not point at ${parsed.typePrefix}; it points at ${referenced.join(', ')}.`,
        candidates: [...referenced],
      };
    }
    const notes = isPolymorphicLookup(lookup)
      ? []
      : [
          `${lookup.name} only points at ${object}: the "${object}:" prefix is dropped (Salesforce rejects it on a lookup that is not polymorphic).`,
        ];
    return { ok: true, object, notes };
  }
  if (!isPolymorphicLookup(lookup)) return { ok: true, object: referenced[0] ?? '', notes: [] };
  const candidates = referenced.filter((o) => {
    const parent = parentDescribe(parents, o);
    const field = parent ? findField(parent, parsed.targetField) : undefined;
    return field !== undefined && isIndexedLookupField(field);
  });
  if (candidates.length === 1 && candidates[0]) {
    return {
      ok: true,
      object: candidates[0],
      notes: [`Only ${candidates[0]} has ${parsed.targetField} among ${referenced.join(', ')}.`],
    };
  }
  return {
    ok: false,
    reason: 'type-required',
    message: `${lookup.name} can point at ${referenced.join(', ')}: choose which object the column names.`,
    candidates: candidates.length > 0 ? candidates : [...referenced],
  };
}

/** Resolves a parsed relationship header against the object's describe (and parents', if known). */
export function resolveRelationship(
  describe: SObjectDescribe,
  parsed: ParsedRelationship,
  parents?: ParentDescribes,
): RelationshipResolution {
  const lookup = findLookupField(describe, parsed.relationshipName);
  if (!lookup) {
    return {
      ok: false,
      reason: 'no-lookup',
      message: `${describe.name} has no lookup called ${parsed.relationshipName}.`,
      candidates: [],
    };
  }
  const target = chooseTargetObject(lookup, parsed, parents);
  if (!target.ok) return target;
  const field = resolveTargetField(
    parentDescribe(parents, target.object),
    target.object,
    parsed.targetField,
  );
  if (!field.ok) return { ...field, candidates: [] };
  return {
    ok: true,
    lookupField: lookup,
    targetObject: target.object,
    targetField: field.name,
    verified: field.verified,
    notes: target.notes,
  };
}
