import type { ColumnMapping } from './column-mapping';
import type { FieldDescribe, SObjectDescribe } from './describe-types';
import {
  parseRelationshipHeader,
  resolveRelationship,
  type ParentDescribes,
} from './relationship-header';

export type MatchReason = 'exact' | 'label' | 'normalised' | 'custom-suffix' | 'relationship';

export type MatchedMapping = Exclude<ColumnMapping, { kind: 'skip' }>;

export interface MatchSuggestion {
  mapping: MatchedMapping;
  reason: MatchReason;
  /** 0..1. */
  confidence: number;
  /** Only exact API-name matches are taken without asking; everything else is a suggestion. */
  accepted: boolean;
  /** Other fields that matched as well as this one. */
  alternatives: string[];
  notes: string[];
}

export interface ColumnMatch {
  column: number;
  header: string;
  suggestion: MatchSuggestion | null;
  /** Why a relationship-looking header found no match, when it did not. */
  unmatchedReason: string | null;
}

export interface MatchConflict {
  /** The field (or the lookup field of a relationship) several columns matched. */
  target: string;
  /** The column that keeps the suggestion. */
  keptColumn: number;
  /** Columns whose suggestion was withdrawn. */
  droppedColumns: number[];
}

export interface AutoMatchResult {
  columns: ColumnMatch[];
  conflicts: MatchConflict[];
}

/** A relationship header that resolves against describe (and the parent's, when loaded). */
export const RELATIONSHIP_CONFIDENCE = 0.85;
/** A relationship whose parent field could not be checked (parent describe not loaded). */
const UNVERIFIED_RELATIONSHIP_CONFIDENCE = 0.6;
/** Several fields matched equally well: the first is offered, with less confidence. */
const AMBIGUITY_FACTOR = 0.5;

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;
const CUSTOM_SUFFIX = /__c$/i;

function normalise(text: string): string {
  return text.toLowerCase().replace(NOT_ALPHANUMERIC, '');
}

/** Compound address and location fields are read-only in the API; their components are loaded instead. */
function isLoadableTarget(field: FieldDescribe): boolean {
  return field.type !== 'address' && field.type !== 'location';
}

type FieldTest = (field: FieldDescribe, header: string) => boolean;

/** Field-level rules, strongest first, with the confidence each gives. */
export const FIELD_MATCH_RULES: readonly {
  reason: MatchReason;
  confidence: number;
  test: FieldTest;
}[] = [
  { reason: 'exact', confidence: 1, test: (f, h) => f.name === h },
  // Salesforce itself matches header names case-insensitively (salesforce-api.md §2).
  {
    reason: 'normalised',
    confidence: 0.95,
    test: (f, h) => f.name.toLowerCase() === h.toLowerCase(),
  },
  {
    reason: 'label',
    confidence: 0.9,
    test: (f, h) => f.label.trim().toLowerCase() === h.toLowerCase(),
  },
  {
    reason: 'normalised',
    confidence: 0.8,
    test: (f, h) => normalise(f.name) === normalise(h) || normalise(f.label) === normalise(h),
  },
  {
    reason: 'custom-suffix',
    confidence: 0.7,
    test: (f, h) =>
      CUSTOM_SUFFIX.test(f.name) && normalise(f.name.replace(CUSTOM_SUFFIX, '')) === normalise(h),
  },
];

function fieldSuggestion(header: string, fields: readonly FieldDescribe[]): MatchSuggestion | null {
  const trimmed = header.trim();
  if (normalise(trimmed) === '') return null;
  for (const { reason, confidence, test } of FIELD_MATCH_RULES) {
    const hits = fields.filter((f) => test(f, trimmed));
    const first = hits[0];
    if (!first) continue;
    const ambiguous = hits.length > 1;
    return {
      mapping: { kind: 'field', field: first.name },
      reason,
      confidence: confidence * (ambiguous ? AMBIGUITY_FACTOR : 1),
      accepted: reason === 'exact' && !ambiguous,
      alternatives: hits.slice(1).map((f) => f.name),
      notes: [],
    };
  }
  return null;
}

function relationshipMatch(
  header: string,
  describe: SObjectDescribe,
  parents: ParentDescribes | undefined,
): Pick<ColumnMatch, 'suggestion' | 'unmatchedReason'> | null {
  const parsed = parseRelationshipHeader(header);
  if (!parsed) return null;
  const resolved = resolveRelationship(describe, parsed, parents);
  if (!resolved.ok) return { suggestion: null, unmatchedReason: resolved.message };
  const confidence = resolved.verified
    ? RELATIONSHIP_CONFIDENCE
    : UNVERIFIED_RELATIONSHIP_CONFIDENCE;
  const notes = resolved.verified
    ? resolved.notes
    : [
        ...resolved.notes,
        `${resolved.targetObject}'s fields were not checked: make sure ${resolved.targetField} is an External ID or idLookup field.`,
      ];
  return {
    suggestion: {
      mapping: {
        kind: 'relationship',
        lookupField: resolved.lookupField.name,
        targetObject: resolved.targetObject,
        targetField: resolved.targetField,
      },
      reason: 'relationship',
      confidence,
      accepted: false,
      alternatives: [],
      notes,
    },
    unmatchedReason: null,
  };
}

function targetOf(mapping: MatchedMapping): string {
  return (mapping.kind === 'field' ? mapping.field : mapping.lookupField).toLowerCase();
}

/** Two columns never silently share a field: the strongest match keeps it, the rest are reported. */
function resolveConflicts(columns: ColumnMatch[]): MatchConflict[] {
  const byTarget = new Map<string, ColumnMatch[]>();
  for (const match of columns) {
    if (!match.suggestion) continue;
    const key = targetOf(match.suggestion.mapping);
    byTarget.set(key, [...(byTarget.get(key) ?? []), match]);
  }
  const conflicts: MatchConflict[] = [];
  for (const [key, matches] of byTarget) {
    if (matches.length < 2) continue;
    const kept = matches.reduce((best, m) =>
      (m.suggestion?.confidence ?? 0) > (best.suggestion?.confidence ?? 0) ? m : best,
    );
    const dropped = matches.filter((m) => m !== kept);
    const target = kept.suggestion
      ? kept.suggestion.mapping.kind === 'field'
        ? kept.suggestion.mapping.field
        : kept.suggestion.mapping.lookupField
      : key;
    for (const m of dropped) {
      m.suggestion = null;
      m.unmatchedReason = `Column ${kept.column + 1} ("${kept.header}") matches ${target} better.`;
    }
    conflicts.push({
      target,
      keptColumn: kept.column,
      droppedColumns: dropped.map((m) => m.column),
    });
  }
  return conflicts;
}

/**
 * Suggests a field for every CSV header: exact API name, then label, then case/space/underscore-
 * insensitive, then without `__c`, and relationship headers (`Account.External_Id__c`,
 * `User:Owner.Username`, Data Loader's `Account:External_Id__c`).
 */
export function autoMatch(
  headers: readonly string[],
  describe: SObjectDescribe,
  options: { parents?: ParentDescribes } = {},
): AutoMatchResult {
  const fields = describe.fields.filter(isLoadableTarget);
  const columns = headers.map((header, column): ColumnMatch => {
    const direct = fieldSuggestion(header, fields);
    if (direct) return { column, header, suggestion: direct, unmatchedReason: null };
    const relationship = relationshipMatch(header, describe, options.parents);
    return {
      column,
      header,
      suggestion: relationship?.suggestion ?? null,
      unmatchedReason: relationship?.unmatchedReason ?? null,
    };
  });
  return { columns, conflicts: resolveConflicts(columns) };
}
