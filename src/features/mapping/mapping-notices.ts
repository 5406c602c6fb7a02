import type { DerivedMapping } from '../../load/load-draft';
import type { MappingWarning } from '../../load/mapping-warnings';
import type { ColumnValuePlan } from './column-values';
import { formatText, headerText } from './mapping-text';

export interface MappingNotice {
  key: string;
  severity: MappingWarning['severity'];
  message: string;
}

const quoted = (headers: readonly string[]) => headers.map((h) => `"${headerText(h)}"`).join(', ');

/**
 * Everything the user should read before loading, most serious first: undecided columns,
 * formats to choose, describe warnings (mapping-warnings.ts), and what a saved or imported
 * mapping could not carry over.
 */
export function mappingNotices(
  derived: DerivedMapping,
  warnings: readonly MappingWarning[],
  plans: readonly ColumnValuePlan[],
  notes: readonly string[],
): MappingNotice[] {
  const notices: MappingNotice[] = [];
  const undecided = derived.undecided.map((c) => derived.columns[c]?.header ?? '');
  if (undecided.length > 0)
    notices.push({
      key: 'undecided',
      severity: 'error',
      message: `${undecided.length === 1 ? '1 column needs' : `${undecided.length} columns need`} a decision: ${quoted(undecided)}. Accept its suggestion, choose a field, or choose “Don’t load this column”.`,
    });
  for (const plan of plans.filter((p) => p.needsChoice))
    notices.push({
      key: `format-${plan.column}`,
      severity: 'error',
      message:
        `Choose how to read "${headerText(plan.header)}": the sample fits ${plan.detection.choices.map(formatText).join(' or ')}. ${plan.detection.evidence.join(' ')}`.trim(),
    });
  warnings.forEach((w, i) =>
    notices.push({ key: `${w.code}-${i}`, severity: w.severity, message: w.message }),
  );
  notes.forEach((note, i) => notices.push({ key: `note-${i}`, severity: 'info', message: note }));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return notices.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

export const blocksLoad = (notices: readonly MappingNotice[]) =>
  notices.some((n) => n.severity === 'error');
