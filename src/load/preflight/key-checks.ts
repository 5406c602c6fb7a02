/**
 * Damage that makes a key (an Id, an upsert matching value, a parent's external id) find the
 * wrong record or none. Excel turns long numbers into `1.23457E+11` and saves them that way,
 * and spaces are data to Salesforce, which does not trim (salesforce-api.md §2).
 */
import type { KeyRole } from './cell-rules';
import { makeProblem, quoted, type CellTarget } from './make-problem';
import type { PreflightProblem } from './preflight-problem';

const SCIENTIFIC = /^-?\d(?:\.\d+)?E[+-]?\d+$/i;
const CHAR_SPACE = 0x20;
const CHAR_TAB = 0x09;
const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

function isSpace(c: number): boolean {
  return c === CHAR_SPACE || c === CHAR_TAB;
}

/** A problem with a non-blank key cell as read from the file, or null. */
export function keyProblem(
  raw: string,
  target: CellTarget,
  role: Exclude<KeyRole, 'none'>,
): PreflightProblem | null {
  const first = raw.charCodeAt(0);
  // Only a digit or minus can start scientific notation: skip the regex for most keys.
  if ((first === 0x2d || (first >= 0x30 && first <= 0x39)) && SCIENTIFIC.test(raw))
    return makeProblem(
      'excel-damaged-key',
      target,
      raw,
      `${quoted(raw)} is a number Excel shortened to scientific notation, losing digits, so it no longer matches its record${role === 'parent-key' ? '’s parent' : ''}. Format the column as Text in Excel and export again.`,
    );
  if (
    isSpace(first) ||
    isSpace(raw.charCodeAt(raw.length - 1)) ||
    raw.includes(NO_BREAK_SPACE) ||
    raw.includes(NARROW_NO_BREAK_SPACE)
  )
    return makeProblem(
      'key-spaces',
      target,
      raw,
      `${quoted(raw)} starts or ends with a space or holds a no-break space; Salesforce matches keys exactly, so it may not find the ${role === 'parent-key' ? 'parent ' : ''}record.`,
    );
  return null;
}
