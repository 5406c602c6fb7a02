/**
 * Reads an `sf__Error` text (salesforce-api.md §1.12): `CODE:message:Field1,Field2 --`, or
 * `CODE:message:--` when the error names no field. The message may itself contain colons, so the
 * code ends at the FIRST `:` and the field list starts after the LAST one. Texts that do not fit
 * the pattern (a future format, a job-level message) keep their whole text as the message.
 */

export interface SfErrorText {
  /** e.g. `REQUIRED_FIELD_MISSING`; '' when the text has no code. */
  code: string;
  /** The human part, between the code and the field list. */
  message: string;
  /** Field API names the error names (may be empty). */
  fields: string[];
}

const TRAILER = '--';
/** Salesforce codes are upper-case words joined by underscores (`UNABLE_TO_LOCK_ROW`). */
const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

export function parseSfError(text: string): SfErrorText {
  const trimmed = text.trim();
  const firstColon = trimmed.indexOf(':');
  if (firstColon <= 0) return { code: '', message: trimmed, fields: [] };
  const code = trimmed.slice(0, firstColon);
  if (!CODE_PATTERN.test(code)) return { code: '', message: trimmed, fields: [] };
  const rest = trimmed.slice(firstColon + 1);
  if (!rest.endsWith(TRAILER)) return { code, message: rest.trim(), fields: [] };
  const body = rest.slice(0, rest.length - TRAILER.length);
  const lastColon = body.lastIndexOf(':');
  if (lastColon < 0) return { code, message: body.trim(), fields: [] };
  const fieldList = body.slice(lastColon + 1).trim();
  return {
    code,
    message: body.slice(0, lastColon),
    fields: fieldList === '' ? [] : fieldList.split(',').map((field) => field.trim()),
  };
}
