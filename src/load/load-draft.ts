import { autoMatch, type ColumnMatch, type MatchSuggestion } from './auto-match';
import {
  DEFAULT_BLANK_POLICY,
  type BlankPolicy,
  type ColumnMapping,
  type ColumnPlan,
  type ConstantValue,
  type LoadMapping,
} from './column-mapping';
import type { SObjectDescribe } from './describe-types';
import { OPERATION_RULES, type Operation } from './operation-rules';
import type { ParentDescribes } from './relationship-header';
import { applySavedMapping, type SavedMapping } from './saved-mapping';
import type { ColumnFormat } from './value-formats';

/**
 * The state of the New load route (design.md §3): what the user dropped and decided. Everything
 * that follows from it and from describe (suggestions, the effective mapping, warnings) is
 * computed by `deriveMapping`, never stored, so it cannot drift from its inputs.
 */
export interface DraftSource {
  fileName: string;
  header: readonly string[];
  /** The first data rows: samples, blank counts, format detection and the preview use them. */
  sampleRows: readonly (readonly string[])[];
  /** Data rows in the whole file, once it has been read to the end. */
  rowCount: number | null;
}

/** What the user decided for one CSV column; anything left undefined follows the layers below. */
export interface ColumnChoice {
  mapping?: ColumnMapping;
  blankPolicy?: BlankPolicy;
  format?: ColumnFormat;
}

/** A saved or imported mapping, applied under the user's own choices. */
export interface AppliedSaved {
  name: string;
  mapping: SavedMapping;
}

export interface LoadDraft {
  source: DraftSource | null;
  /** The header the column choices belong to: a new file with the same header keeps them. */
  choicesHeader: readonly string[] | null;
  object: string | null;
  operation: Operation;
  /** The upsert matching field (`externalIdFieldName`). */
  matchingField: string | null;
  /** Written as a `RecordTypeId` constant. */
  recordTypeId: string | null;
  /** Lead and Case only: the job's `assignmentRuleId` (salesforce-api.md §1.2). */
  assignmentRuleId: string | null;
  /** The time zone of dateTime values; null means the Salesforce user's own. */
  timeZone: string | null;
  choices: Readonly<Record<number, ColumnChoice>>;
  constants: readonly ConstantValue[];
  saved: AppliedSaved | null;
}

export const EMPTY_LOAD_DRAFT: LoadDraft = {
  source: null,
  choicesHeader: null,
  object: null,
  operation: 'insert',
  matchingField: null,
  recordTypeId: null,
  assignmentRuleId: null,
  timeZone: null,
  choices: {},
  constants: [],
  saved: null,
};

export type LoadDraftAction =
  | { type: 'source-changed'; source: DraftSource | null }
  | { type: 'object-chosen'; object: string }
  | { type: 'operation-chosen'; operation: Operation }
  | { type: 'matching-field-chosen'; field: string | null }
  | { type: 'record-type-chosen'; recordTypeId: string | null }
  | { type: 'assignment-rule-chosen'; assignmentRuleId: string | null }
  | { type: 'time-zone-chosen'; timeZone: string | null }
  | { type: 'column-mapped'; column: number; mapping: ColumnMapping }
  | {
      type: 'suggestions-accepted';
      accepted: readonly { column: number; mapping: ColumnMapping }[];
    }
  | { type: 'blank-policy-chosen'; column: number; policy: BlankPolicy }
  | { type: 'format-chosen'; column: number; format: ColumnFormat }
  | { type: 'constant-added'; constant: ConstantValue }
  | { type: 'constant-changed'; index: number; constant: ConstantValue }
  | { type: 'constant-removed'; index: number }
  | { type: 'saved-mapping-applied'; saved: AppliedSaved };

const sameHeader = (a: readonly string[] | null, b: readonly string[]) =>
  a !== null && a.length === b.length && a.every((h, i) => h === b[i]);

function withChoice(draft: LoadDraft, column: number, change: ColumnChoice): LoadDraft {
  return {
    ...draft,
    choices: { ...draft.choices, [column]: { ...draft.choices[column], ...change } },
  };
}

/** A mapping change forgets the column's chosen format: it was chosen for another field type. */
function mapColumn(draft: LoadDraft, column: number, mapping: ColumnMapping): LoadDraft {
  const { format: _format, ...rest } = draft.choices[column] ?? {};
  return { ...draft, choices: { ...draft.choices, [column]: { ...rest, mapping } } };
}

/** The first dateTime zone a saved mapping carries becomes the load's, as it was saved. */
function savedTimeZone(mapping: SavedMapping): string | null {
  for (const c of mapping.columns) if (c.format?.kind === 'datetime') return c.format.timeZone;
  return null;
}

export function loadDraftReducer(draft: LoadDraft, action: LoadDraftAction): LoadDraft {
  switch (action.type) {
    case 'source-changed': {
      const { source } = action;
      if (source === null) return { ...draft, source };
      if (sameHeader(draft.choicesHeader, source.header)) return { ...draft, source };
      return { ...draft, source, choicesHeader: source.header, choices: {} };
    }
    case 'object-chosen':
      if (action.object === draft.object) return draft;
      return {
        ...draft,
        object: action.object,
        matchingField: null,
        recordTypeId: null,
        assignmentRuleId: null,
        choices: {},
        constants: [],
        saved: null,
      };
    case 'operation-chosen':
      return { ...draft, operation: action.operation };
    case 'matching-field-chosen':
      return { ...draft, matchingField: action.field };
    case 'record-type-chosen':
      return { ...draft, recordTypeId: action.recordTypeId };
    case 'assignment-rule-chosen':
      return { ...draft, assignmentRuleId: action.assignmentRuleId };
    case 'time-zone-chosen':
      return { ...draft, timeZone: action.timeZone };
    case 'column-mapped':
      return mapColumn(draft, action.column, action.mapping);
    case 'suggestions-accepted':
      return action.accepted.reduce((d, a) => mapColumn(d, a.column, a.mapping), draft);
    case 'blank-policy-chosen':
      return withChoice(draft, action.column, { blankPolicy: action.policy });
    case 'format-chosen':
      return withChoice(draft, action.column, { format: action.format });
    case 'constant-added':
      return { ...draft, constants: [...draft.constants, action.constant] };
    case 'constant-changed':
      return {
        ...draft,
        constants: draft.constants.map((c, i) => (i === action.index ? action.constant : c)),
      };
    case 'constant-removed':
      return { ...draft, constants: draft.constants.filter((_, i) => i !== action.index) };
    case 'saved-mapping-applied': {
      const { mapping } = action.saved;
      return {
        ...draft,
        object: mapping.object,
        operation: mapping.operation,
        matchingField: mapping.matchingField,
        recordTypeId: null,
        assignmentRuleId: null,
        timeZone: savedTimeZone(mapping) ?? draft.timeZone,
        choices: {},
        constants: mapping.constants,
        saved: action.saved,
      };
    }
  }
}

/** Where a column's current mapping comes from, strongest first. */
export type MappingOrigin = 'chosen' | 'saved' | 'exact-match' | 'none';

export interface DraftColumn {
  column: number;
  header: string;
  /** What the column is loaded into now (`skip` when nothing). */
  mapping: ColumnMapping;
  origin: MappingOrigin;
  /** Auto-match's view of the column: the suggestion, its reason and notes, or why none. */
  match: ColumnMatch | undefined;
  /** A suggestion waiting for the user's Accept (never applied silently). */
  pending: MatchSuggestion | null;
  blankPolicy: BlankPolicy;
  /** The format the user or the saved mapping chose; undefined means "as detected". */
  format: ColumnFormat | undefined;
}

export interface DerivedMapping {
  columns: DraftColumn[];
  /** The mapping the load will run with: what warnings, preview and saving read. */
  mapping: LoadMapping;
  /** Columns with no decision yet: no field, no accepted suggestion, not left out. */
  undecided: number[];
  /** What a saved mapping could not carry over to this file and describe. */
  savedNotes: string[];
}

const SKIP: ColumnMapping = { kind: 'skip' };

/** The draft's mapping against the chosen object's describe (and its parents', when loaded). */
export function deriveMapping(
  draft: LoadDraft,
  describe: SObjectDescribe,
  parents?: ParentDescribes,
): DerivedMapping | null {
  if (draft.source === null) return null;
  const { header } = draft.source;
  const matches = autoMatch(header, describe, parents ? { parents } : {}).columns;
  const applied = draft.saved ? applySavedMapping(draft.saved.mapping, header, describe) : null;
  const columns = header.map((name, column): DraftColumn => {
    const choice = draft.choices[column] ?? {};
    const match = matches[column];
    const savedPlan = applied?.columns[column];
    const fromSaved = savedPlan && savedPlan.mapping.kind !== 'skip' ? savedPlan : undefined;
    const suggestion = match?.suggestion ?? null;
    const [mapping, origin]: [ColumnMapping, MappingOrigin] = choice.mapping
      ? [choice.mapping, 'chosen']
      : fromSaved
        ? [fromSaved.mapping, 'saved']
        : suggestion?.accepted
          ? [suggestion.mapping, 'exact-match']
          : [SKIP, 'none'];
    return {
      column,
      header: name,
      mapping,
      origin,
      match,
      pending: origin === 'none' ? suggestion : null,
      blankPolicy: choice.blankPolicy ?? fromSaved?.blankPolicy ?? DEFAULT_BLANK_POLICY,
      format: choice.format ?? (fromSaved ? applied?.formats[column] : undefined),
    };
  });
  const rule = OPERATION_RULES[draft.operation];
  const recordType: ConstantValue[] =
    draft.recordTypeId !== null && !rule.idOnly
      ? [{ field: 'RecordTypeId', value: draft.recordTypeId }]
      : [];
  const plans = columns.map((c): ColumnPlan => ({
    column: c.column,
    header: c.header,
    mapping: c.mapping,
    blankPolicy: c.blankPolicy,
  }));
  return {
    columns,
    mapping: {
      object: describe.name,
      operation: draft.operation,
      matchingField: rule.needsMatchingField ? draft.matchingField : null,
      columns: plans,
      constants: [...draft.constants, ...recordType],
    },
    // Delete and hard delete send only Id, so the other columns need no decision.
    undecided: rule.idOnly ? [] : columns.filter((c) => c.origin === 'none').map((c) => c.column),
    savedNotes: applied?.notes ?? [],
  };
}

/** Every suggestion still waiting, as "accept all suggestions" applies them. */
export function pendingSuggestions(columns: readonly DraftColumn[]) {
  return columns.flatMap((c) =>
    c.pending ? [{ column: c.column, mapping: c.pending.mapping }] : [],
  );
}
