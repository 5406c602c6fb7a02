/** Why one cell cannot be written as Salesforce expects it. */
export type ValueProblemCode =
  | 'spreadsheet-error'
  | 'not-a-date'
  | 'invalid-date'
  | 'two-digit-year'
  | 'time-in-date'
  | 'not-a-datetime'
  | 'nonexistent-local-time'
  | 'not-a-number'
  | 'not-a-boolean';

export interface ValueProblem {
  code: ValueProblemCode;
  message: string;
}

/** A cell as Salesforce should receive it, or why it cannot be. */
export type NormalisedValue = { ok: true; value: string } | { ok: false; problem: ValueProblem };

export const ok = (value: string): NormalisedValue => ({ ok: true, value });
export const fail = (code: ValueProblemCode, message: string): NormalisedValue => ({
  ok: false,
  problem: { code, message },
});

/** Excel's error literals. `#N/A` matters most: Bulk API reads it as "set to null" (salesforce-api.md §2). */
const SPREADSHEET_ERROR =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)$/i;

export function isSpreadsheetError(value: string): boolean {
  return value.length > 0 && value.charCodeAt(0) === 0x23 && SPREADSHEET_ERROR.test(value.trim());
}

/**
 * A literal spreadsheet error in the source is flagged, never passed through: `#N/A` from a
 * failed VLOOKUP would otherwise clear the field in Salesforce.
 */
export function spreadsheetErrorProblem(value: string): NormalisedValue {
  return fail(
    'spreadsheet-error',
    `"${value.trim()}" is a spreadsheet error (a failed formula or lookup), not data${value.trim().toUpperCase() === '#N/A' ? '; Salesforce would read #N/A as "clear this field"' : ''}.`,
  );
}
