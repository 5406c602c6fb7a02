/**
 * "Make safe for Excel" (issue 6): a cell a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return: CSV injection, OWASP) gets a leading `'`, which
 * spreadsheets show as text. Only for files meant to be opened in a spreadsheet, never for files
 * meant to be loaded again: it changes the value.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_START.has(value[0] as string) ? `'${value}` : value;
}
