/**
 * The counts and error groups of the results page (issue 6), computed from RowOutcomes in one
 * pass: every row counted under exactly one status, failed rows grouped by Salesforce error code
 * and field list, largest group first. `invariantHolds` is the check the page (and the property
 * tests) rely on: rowCount = succeeded + failed + unprocessed + excluded + notSent + unknown.
 */
import { isRetryableError } from './error-explanations';
import { OUTCOME, type ErrorGroup, type ReconcileSummary, type RowOutcomes } from './row-outcomes';
import { parseSfError } from './sf-error-text';

export interface SummaryExtras {
  unmatchedResults: number;
  unreadJobs: { jobId: string; message: string }[];
}

export function summarize(outcomes: RowOutcomes, extras: SummaryExtras): ReconcileSummary {
  const counts = new Float64Array(6);
  const perError = new Float64Array(outcomes.errors.length);
  let created = 0;
  let ambiguous = 0;
  const { status, errorOf } = outcomes;
  for (let row = 0; row < outcomes.rowCount; row++) {
    const code = status[row] as number;
    counts[code] = (counts[code] ?? 0) + 1;
    if (code === OUTCOME.succeeded && outcomes.created[row] === 1) created++;
    if (outcomes.ambiguous[row] === 1) ambiguous++;
    if (code === OUTCOME.failed) {
      const error = errorOf[row] as number;
      if (error >= 0) perError[error] = (perError[error] ?? 0) + 1;
    }
  }
  return {
    rowCount: outcomes.rowCount,
    succeeded: counts[OUTCOME.succeeded] ?? 0,
    created,
    failed: counts[OUTCOME.failed] ?? 0,
    unprocessed: counts[OUTCOME.unprocessed] ?? 0,
    excluded: counts[OUTCOME.excluded] ?? 0,
    notSent: counts[OUTCOME.notSent] ?? 0,
    unknown: counts[OUTCOME.unknown] ?? 0,
    ambiguous,
    unmatchedResults: extras.unmatchedResults,
    groups: groupErrors(outcomes.errors, perError),
    unreadJobs: extras.unreadJobs,
  };
}

function groupErrors(errors: readonly string[], perError: Float64Array): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup & { sampleCount: number }>();
  errors.forEach((text, index) => {
    const count = perError[index] ?? 0;
    if (count === 0) return;
    const parsed = parseSfError(text);
    const key = `${parsed.code}|${parsed.fields.join(',')}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        key,
        code: parsed.code,
        fields: parsed.fields,
        count: 0,
        errorIndices: [],
        sampleMessage: parsed.message,
        sampleCount: count,
        retryable: isRetryableError(parsed.code, parsed.message),
      };
      groups.set(key, group);
    } else if (count > group.sampleCount) {
      group.sampleMessage = parsed.message;
      group.sampleCount = count;
    }
    group.count += count;
    group.errorIndices.push(index);
    // A group is retryable only when every text in it is.
    group.retryable = group.retryable && isRetryableError(parsed.code, parsed.message);
  });
  return [...groups.values()]
    .map(({ sampleCount: _sampleCount, ...group }) => group)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Whether every row is counted exactly once and the groups add up to the failures. */
export function invariantHolds(summary: ReconcileSummary): boolean {
  const statuses =
    summary.succeeded +
    summary.failed +
    summary.unprocessed +
    summary.excluded +
    summary.notSent +
    summary.unknown;
  const grouped = summary.groups.reduce((sum, group) => sum + group.count, 0);
  return (
    statuses === summary.rowCount &&
    summary.created <= summary.succeeded &&
    summary.ambiguous <= summary.rowCount &&
    grouped === summary.failed
  );
}
