import type { ConstantValue, LoadMapping } from './column-mapping';
import { findField, type SObjectDescribe } from './describe-types';
import { parseProperties, writeProperties } from './java-properties';
import type { Operation } from './operation-rules';
import { findLookupField, parseRelationshipHeader } from './relationship-header';
import type { SavedColumn, SavedMapping } from './saved-mapping';

/**
 * Data Loader `.sdl` mapping files, as github.com/forcedotcom/dataloader reads and writes them
 * (mapping/Mapper.java, mapping/LoadMapper.java, dyna/ParentIdLookupFieldFormatter.java, and its
 * test .sdl files): Java properties stored with the comment "Mapping values"; one
 * `CsvHeader=Field` line per column (a column may feed several fields: `State=BillingState,
 * ShippingState`); constants as `"value"=Field`; lookups as `Rel:Type-Field` (current) or
 * `Rel:Field` (older files). CSV headers match case-insensitively there, as here.
 */
export const SDL_COMMENT = 'Mapping values';

export type SdlTarget =
  | { kind: 'field'; field: string }
  | {
      kind: 'relationship';
      relationshipName: string;
      targetObject: string | null;
      targetField: string;
    };

export type SdlEntry =
  | { kind: 'column'; header: string; targets: SdlTarget[] }
  | { kind: 'constant'; value: string; fields: string[] };

const FIELD_LIST_SEPARATOR = ',';

function parseTarget(text: string): SdlTarget {
  const relationship = parseRelationshipHeader(text);
  if (!relationship) return { kind: 'field', field: text };
  return {
    kind: 'relationship',
    relationshipName: relationship.relationshipName,
    targetObject: relationship.typePrefix,
    targetField: relationship.targetField,
  };
}

const isConstantKey = (key: string) => key.length >= 2 && key.startsWith('"') && key.endsWith('"');

/** The entries of an .sdl file, in file order. Lines with an empty key or no field are ignored. */
export function parseSdl(text: string): SdlEntry[] {
  return parseProperties(text).flatMap(([key, value]): SdlEntry[] => {
    const targets = value
      .split(FIELD_LIST_SEPARATOR)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (key === '' || targets.length === 0) return [];
    if (isConstantKey(key)) return [{ kind: 'constant', value: key.slice(1, -1), fields: targets }];
    return [{ kind: 'column', header: key, targets: targets.map(parseTarget) }];
  });
}

export interface SdlImport {
  mapping: SavedMapping;
  notes: string[];
}

function resolveTarget(
  target: SdlTarget,
  describe: SObjectDescribe,
): SavedColumn['mapping'] | string {
  if (target.kind === 'field') {
    const field = findField(describe, target.field);
    return field
      ? { kind: 'field', field: field.name }
      : `${describe.name} has no field ${target.field} that you can see`;
  }
  const lookup = findLookupField(describe, target.relationshipName);
  if (!lookup) return `${describe.name} has no lookup ${target.relationshipName}`;
  const wanted = target.targetObject?.toLowerCase();
  const object = wanted
    ? lookup.referenceTo.find((o) => o.toLowerCase() === wanted)
    : lookup.referenceTo[0];
  if (!object) return `${lookup.name} does not point at ${target.targetObject ?? 'any object'}`;
  return {
    kind: 'relationship',
    lookupField: lookup.name,
    targetObject: object,
    targetField: target.targetField,
  };
}

/**
 * Turns an .sdl file into a saved mapping for `object`, checked against its describe. Forklift
 * maps a column to one field, so extra fields of a one-to-many line are reported, not kept.
 */
export function sdlToSavedMapping(
  text: string,
  describe: SObjectDescribe,
  operation: Operation,
): SdlImport {
  const notes: string[] = [];
  const columns: SavedColumn[] = [];
  const constants: ConstantValue[] = [];
  for (const entry of parseSdl(text)) {
    if (entry.kind === 'constant') {
      for (const name of entry.fields) {
        const field = findField(describe, name);
        if (field) constants.push({ field: field.name, value: entry.value });
        else
          notes.push(
            `The constant "${entry.value}" for ${name} is dropped: ${describe.name} has no such field you can see.`,
          );
      }
      continue;
    }
    const [first, ...rest] = entry.targets;
    if (!first) continue;
    const mapping = resolveTarget(first, describe);
    if (typeof mapping === 'string') {
      notes.push(`"${entry.header}" is not mapped: ${mapping}.`);
      continue;
    }
    columns.push({ header: entry.header, mapping, blankPolicy: 'leave-unchanged' });
    if (rest.length > 0) {
      notes.push(
        `"${entry.header}" also fed ${rest.map((t) => (t.kind === 'field' ? t.field : `${t.relationshipName}.${t.targetField}`)).join(', ')} in Data Loader; Forklift maps a column to one field, so only the first is kept.`,
      );
    }
  }
  return {
    mapping: { object: describe.name, operation, matchingField: null, columns, constants },
    notes,
  };
}

export interface SdlExport {
  text: string;
  /** What .sdl cannot hold (blank policies, value formats) or had to merge. */
  notes: string[];
}

/** Writes a mapping as an .sdl file Data Loader can open. */
export function mappingToSdl(mapping: LoadMapping, describe: SObjectDescribe): SdlExport {
  const notes: string[] = [];
  const entries = new Map<string, string>();
  for (const plan of mapping.columns) {
    const m = plan.mapping;
    if (m.kind === 'skip') continue;
    if (entries.has(plan.header)) {
      notes.push(
        `Two columns are called "${plan.header}"; an .sdl file can hold only one, so the later one is left out.`,
      );
      continue;
    }
    const value =
      m.kind === 'field'
        ? (findField(describe, m.field)?.name ?? m.field)
        : `${findField(describe, m.lookupField)?.relationshipName ?? m.lookupField}:${m.targetObject}-${m.targetField}`;
    entries.set(plan.header, value);
    if (plan.blankPolicy === 'clear')
      notes.push(
        `"${plan.header}" clears fields on blank cells; Data Loader has only the file-wide "Insert null values" setting for that.`,
      );
  }
  const constants = new Map<string, string[]>();
  for (const c of mapping.constants)
    constants.set(c.value, [...(constants.get(c.value) ?? []), c.field]);
  for (const [value, fields] of constants) entries.set(`"${value}"`, fields.join(', '));
  return { text: writeProperties([...entries], [SDL_COMMENT]), notes };
}
