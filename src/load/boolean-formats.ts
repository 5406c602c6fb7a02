import {
  fail,
  isSpreadsheetError,
  ok,
  spreadsheetErrorProblem,
  type NormalisedValue,
} from './value-problem';

/**
 * Spellings of true and false seen in exported spreadsheets. Salesforce documents only
 * `true`/`false` (salesforce-api.md §2), so everything is written as one of those.
 */
const TRUE_WORDS = [
  'true',
  't',
  'yes',
  'y',
  '1',
  'x',
  '✓',
  '✔',
  'on',
  'checked',
  'oui',
  'ja',
  'sí',
  'si',
];
const FALSE_WORDS = ['false', 'f', 'no', 'n', '0', 'off', 'unchecked', 'non', 'nein'];

const BOOLEAN_WORDS: ReadonlyMap<string, 'true' | 'false'> = new Map([
  ...TRUE_WORDS.map((w) => [w, 'true'] as const),
  ...FALSE_WORDS.map((w) => [w, 'false'] as const),
]);

export interface BooleanDetection {
  /** The spellings seen, e.g. ["yes", "no"]. */
  spellings: string[];
  evidence: string[];
  unrecognised: number;
}

export function detectBooleanFormat(values: readonly string[]): BooleanDetection {
  const seen = new Map<string, 'true' | 'false'>();
  let unrecognised = 0;
  let blanks = 0;
  for (const raw of values) {
    const value = raw.trim().toLowerCase();
    if (value === '') {
      blanks++;
      continue;
    }
    const meaning = BOOLEAN_WORDS.get(value);
    if (meaning === undefined) unrecognised++;
    else seen.set(value, meaning);
  }
  const spellings = [...seen.keys()];
  const evidence = spellings.map((s) => `"${s}" means ${seen.get(s) ?? ''}`);
  if (seen.has('x') && !spellings.some((s) => seen.get(s) === 'false') && blanks > 0) {
    evidence.push(
      '"x" marks true; blank cells follow the column\'s blank setting (leave unchanged, or clear)',
    );
  }
  return { spellings, evidence, unrecognised };
}

/** A checkbox cell as `true` or `false`. Blank stays blank. */
export function normaliseBoolean(raw: string): NormalisedValue {
  const value = raw.trim();
  if (value === '') return ok('');
  if (isSpreadsheetError(value)) return spreadsheetErrorProblem(value);
  const meaning = BOOLEAN_WORDS.get(value.toLowerCase());
  return meaning === undefined
    ? fail('not-a-boolean', `"${value}" is not true or false (nor yes/no, 1/0, x).`)
    : ok(meaning);
}
