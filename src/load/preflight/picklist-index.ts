import type { PicklistValue } from '../describe-types';

/** A suggestion is offered only when at most this share of the value's characters differ. */
export const SUGGESTION_MAX_EDIT_SHARE = 0.4;
/** Suggestions are remembered per distinct bad value, up to this many per column. */
const SUGGESTION_CACHE_LIMIT = 1000;

/**
 * Levenshtein distance, giving up (returning `max + 1`) once it must exceed `max`. It runs only
 * for values that failed a check, and PicklistIndex remembers its answer per distinct value.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length] ?? max + 1;
  return distance <= max ? distance : max + 1;
}

/**
 * The active values of one picklist field, built once per load. Salesforce matches restricted
 * picklist values exactly (the demo org's choice C12, docs/decisions/0010), so `has` is
 * case-sensitive and a case-only difference is offered as the suggestion.
 */
export class PicklistIndex {
  private readonly exact: ReadonlySet<string>;
  private readonly byLowerCase: ReadonlyMap<string, string>;
  private readonly values: readonly string[];
  private readonly suggestions = new Map<string, string | null>();

  constructor(picklistValues: readonly PicklistValue[]) {
    const active = picklistValues.filter((p) => p.active).map((p) => p.value);
    this.values = active;
    this.exact = new Set(active);
    const lower = new Map<string, string>();
    for (const value of active)
      if (!lower.has(value.toLowerCase())) lower.set(value.toLowerCase(), value);
    this.byLowerCase = lower;
  }

  get size(): number {
    return this.values.length;
  }

  has(value: string): boolean {
    return this.exact.has(value);
  }

  /** The closest active value: the same letters in another case, else the fewest edits. */
  suggest(value: string): string | null {
    const cached = this.suggestions.get(value);
    if (cached !== undefined) return cached;
    const suggestion = this.closest(value);
    if (this.suggestions.size < SUGGESTION_CACHE_LIMIT) this.suggestions.set(value, suggestion);
    return suggestion;
  }

  private closest(value: string): string | null {
    const trimmed = value.trim();
    const sameLetters = this.byLowerCase.get(trimmed.toLowerCase());
    if (sameLetters !== undefined) return sameLetters;
    const wanted = trimmed.toLowerCase();
    const max = Math.floor(wanted.length * SUGGESTION_MAX_EDIT_SHARE);
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const candidate of this.values) {
      const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}
