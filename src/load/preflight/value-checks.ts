/**
 * Per-field checks of a written (normalised, non-blank) value against describe: lengths,
 * number ranges, email addresses, picklist values and Ids. Each check is an object made once per
 * column with its limits precomputed; `check` returns null for a clean value and allocates only
 * when it reports a problem.
 */
import type { FieldDescribe } from '../describe-types';
import { makeProblem, quoted, type CellTarget } from './make-problem';
import { PicklistIndex } from './picklist-index';
import type { PreflightProblem } from './preflight-problem';
import { idHasPrefix, idShape, isWellFormedId } from './salesforce-id';

export interface ValueCheck {
  check(value: string, target: CellTarget): PreflightProblem | null;
}

/** Salesforce's multi-select picklist separator (salesforce-api.md §2 has no other). */
export const MULTI_SELECT_SEPARATOR = ';';
/** The demo org's pragmatic address rule (emulator value-parsers): local@domain.tld, no spaces. */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const CHAR_MINUS = 0x2d;
const CHAR_ZERO = 0x30;
const CHAR_DOT = 0x2e;

function tooLong(value: string, target: CellTarget, max: number): PreflightProblem | null {
  if (max <= 0 || value.length <= max) return null;
  return makeProblem(
    'string-too-long',
    target,
    value,
    `${target.label} holds at most ${max} characters; this value has ${value.length}.`,
  );
}

class LengthCheck implements ValueCheck {
  constructor(private readonly max: number) {}
  check(value: string, target: CellTarget): PreflightProblem | null {
    return tooLong(value, target, this.max);
  }
}

class EmailCheck implements ValueCheck {
  constructor(private readonly max: number) {}
  check(value: string, target: CellTarget): PreflightProblem | null {
    if (EMAIL.test(value)) return tooLong(value, target, this.max);
    return makeProblem(
      'invalid-email',
      target,
      value,
      `${quoted(value)} is not an email address Salesforce accepts (name@example.com, no spaces).`,
    );
  }
}

/** Digits before the decimal point of a normalised number (`-0012.5` has 2). */
export function integerDigits(value: string): number {
  if (value.includes('e') || value.includes('E')) {
    const magnitude = Math.abs(Number(value));
    return magnitude < 1 ? 0 : Math.floor(Math.log10(magnitude)) + 1;
  }
  let i = value.charCodeAt(0) === CHAR_MINUS ? 1 : 0;
  while (i < value.length && value.charCodeAt(i) === CHAR_ZERO) i++;
  let digits = 0;
  while (i < value.length && value.charCodeAt(i) !== CHAR_DOT) {
    digits++;
    i++;
  }
  return digits;
}

class NumberCheck implements ValueCheck {
  constructor(
    private readonly maxIntegerDigits: number,
    private readonly wholeOnly: boolean,
  ) {}
  check(value: string, target: CellTarget): PreflightProblem | null {
    if (this.wholeOnly && (value.includes('.') || value.includes('e') || value.includes('E')))
      return makeProblem(
        'invalid-value',
        target,
        value,
        `${target.label} takes whole numbers only; ${quoted(value)} has a fraction.`,
      );
    if (this.maxIntegerDigits <= 0 || integerDigits(value) <= this.maxIntegerDigits) return null;
    return makeProblem(
      'number-out-of-range',
      target,
      value,
      `${target.label} allows at most ${this.maxIntegerDigits} digits before the decimal point; ${quoted(value)} has more.`,
    );
  }
}

class PicklistCheck implements ValueCheck {
  private readonly index: PicklistIndex;
  constructor(
    private readonly field: FieldDescribe,
    private readonly multi: boolean,
  ) {
    this.index = new PicklistIndex(field.picklistValues);
  }

  check(value: string, target: CellTarget): PreflightProblem | null {
    const long = tooLong(value, target, this.field.length);
    if (long) return long;
    if (!this.multi) return this.index.has(value) ? null : this.unknown(value, target);
    let start = 0;
    for (;;) {
      const end = value.indexOf(MULTI_SELECT_SEPARATOR, start);
      const item = end < 0 ? (start === 0 ? value : value.slice(start)) : value.slice(start, end);
      // `A;B;` ends with an empty item, which selects nothing rather than a bad value.
      if (item !== '' && !this.index.has(item)) return this.unknown(item, target);
      if (end < 0) return null;
      start = end + 1;
    }
  }

  private unknown(item: string, target: CellTarget): PreflightProblem {
    const suggestion = this.index.suggest(item);
    const hint = suggestion === null ? '' : ` Did you mean "${suggestion}"?`;
    if (this.field.restrictedPicklist)
      return makeProblem(
        'restricted-picklist',
        target,
        item,
        `${quoted(item)} is not one of ${target.label}’s values, and ${target.label} accepts no others.${hint}`,
        { suggestion },
      );
    return makeProblem(
      'unknown-picklist-value',
      target,
      item,
      `${quoted(item)} is not one of ${target.label}’s values. Salesforce stores it anyway, but reports and filters that list the values will miss it.${hint}`,
      { suggestion },
    );
  }
}

/** The key prefixes an Id column accepts; null when one of its objects' prefixes is unknown. */
export interface IdTargets {
  objects: readonly string[];
  prefixes: readonly string[] | null;
}

class IdCheck implements ValueCheck {
  constructor(
    private readonly targets: IdTargets,
    /** The record's own Id column (MALFORMED_ID) or a lookup (FIELD_INTEGRITY_EXCEPTION). */
    private readonly ownId: boolean,
  ) {}

  check(value: string, target: CellTarget): PreflightProblem | null {
    const shape = idShape(value);
    if (!isWellFormedId(shape))
      return makeProblem(
        'malformed-id',
        target,
        value,
        shape === 'bad-checksum'
          ? `${quoted(value)}: the last 3 characters of an 18-character Id must match the first 15; this Id was changed by hand or by a tool.`
          : `${quoted(value)} is not a Salesforce Id (15 or 18 letters and digits).`,
      );
    const prefixes = this.targets.prefixes;
    if (prefixes === null) return null;
    for (const prefix of prefixes) if (idHasPrefix(value, shape, prefix)) return null;
    const objects = this.targets.objects.join(' or ');
    return makeProblem(
      'id-wrong-object',
      target,
      value,
      `${quoted(value)} is the Id of another kind of record: ${target.label} takes ${objects} Ids, which start with ${prefixes.join(' or ')}.`,
      { salesforceCode: this.ownId ? 'MALFORMED_ID' : 'FIELD_INTEGRITY_EXCEPTION' },
    );
  }
}

/** The check for a field's written values, or null when describe says nothing to check. */
export function valueCheckFor(field: FieldDescribe, idTargets: IdTargets): ValueCheck | null {
  switch (field.type) {
    case 'id':
      return new IdCheck(idTargets, true);
    case 'reference':
      return new IdCheck(idTargets, false);
    case 'email':
      return new EmailCheck(field.length);
    case 'picklist':
      return new PicklistCheck(field, false);
    case 'multipicklist':
      return new PicklistCheck(field, true);
    case 'int':
    case 'long':
      return new NumberCheck(field.digits, true);
    case 'double':
    case 'currency':
    case 'percent':
      return new NumberCheck(field.precision > 0 ? field.precision - field.scale : 0, false);
    case 'string':
    case 'textarea':
    case 'phone':
    case 'url':
    case 'combobox':
    case 'encryptedstring':
      return field.length > 0 ? new LengthCheck(field.length) : null;
    case 'datetime':
    case 'date':
    case 'time':
    case 'boolean':
    case 'address':
    case 'location':
    case 'base64':
    case 'anyType':
    case 'complexvalue':
      return null;
  }
}
