import { describe, expect, it } from 'vitest';
import { detectBooleanFormat, normaliseBoolean } from './boolean-formats';

describe('booleans', () => {
  it.each([
    ['true', 'true'],
    ['FALSE', 'false'],
    ['Yes', 'true'],
    ['n', 'false'],
    ['1', 'true'],
    ['0', 'false'],
    ['x', 'true'],
    [' X ', 'true'],
    ['', ''],
  ])('%j → %s', (value, expected) => {
    expect(normaliseBoolean(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['maybe', 'not-a-boolean'],
    ['#N/A', 'spreadsheet-error'],
  ])('refuses %j', (value, code) => {
    expect(normaliseBoolean(value)).toMatchObject({ ok: false, problem: { code } });
  });

  it('reports the spellings it saw', () => {
    expect(detectBooleanFormat(['Yes', 'no', 'YES', 'perhaps'])).toEqual({
      spellings: ['yes', 'no'],
      evidence: ['"yes" means true', '"no" means false'],
      unrecognised: 1,
    });
    expect(detectBooleanFormat(['x', '', 'x']).evidence.at(-1)).toContain('blank cells follow');
  });
});
