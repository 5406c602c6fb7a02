/**
 * A value map fixes one value for every row that shares it ("Emea" → "EMEA" in column 4), applied
 * to the cell as read, before any check or normalisation, in preflight and in the upload alike.
 */
export interface ValueMapEntry {
  /** 0-based CSV column. */
  column: number;
  from: string;
  to: string;
}

/** Per column, `from` → `to`; built once per load, looked up per cell. */
export type ValueMapIndex = ReadonlyMap<number, ReadonlyMap<string, string>>;

export function indexValueMap(entries: readonly ValueMapEntry[]): ValueMapIndex {
  const index = new Map<number, Map<string, string>>();
  for (const entry of entries) {
    let column = index.get(entry.column);
    if (!column) index.set(entry.column, (column = new Map()));
    column.set(entry.from, entry.to);
  }
  return index;
}

/**
 * The entries with `entry` set: it replaces any entry for the same column and value, and an
 * entry that maps a value to itself removes it.
 */
export function setValueMapEntry(
  entries: readonly ValueMapEntry[],
  entry: ValueMapEntry,
): ValueMapEntry[] {
  const others = entries.filter((e) => !(e.column === entry.column && e.from === entry.from));
  return entry.from === entry.to ? others : [...others, entry];
}

/** The value map that accepts every suggestion of a problem group (`ProblemGroup.values`). */
export function valueMapFromSuggestions(
  column: number,
  values: readonly { value: string; suggestion: string | null }[],
): ValueMapEntry[] {
  const entries: ValueMapEntry[] = [];
  for (const v of values)
    if (v.suggestion !== null && v.suggestion !== v.value)
      entries.push({ column, from: v.value, to: v.suggestion });
  return entries;
}
