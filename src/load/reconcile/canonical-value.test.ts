import { describe, expect, it } from 'vitest';
import { canonicalValue } from './canonical-value';
import type { FieldType } from '../describe-types';

/** Pairs that must come out the same: what we uploaded, what Salesforce may echo. */
const SAME: [FieldType | null, string, string][] = [
  ['double', '912260031', '9.12260031E8'],
  ['currency', '912260031.0', '9.12260031E8'],
  ['percent', '12.50', '12.5'],
  ['double', '0.00001', '1.0E-5'],
  ['double', '-0', '0.0'],
  ['int', '2676', '2676'],
  ['long', '10000000', '1.0E7'],
  ['boolean', 'TRUE', 'true'],
  ['boolean', '1', 'true'],
  ['boolean', 'False', 'false'],
  ['id', '001000000000001AAA', '001000000000001'],
  ['reference', '001XX000003DHP0', '001XX000003DHP0YAO'],
  ['reference', '001xx000003dhp0yao', '001XX000003DHP0'],
  ['date', '1940-06-07', '1940-06-07Z'],
  ['date', '2024-02-29', '2024-02-29T00:00:00.000Z'],
  ['datetime', '2002-10-10T12:00:00+05:00', '2002-10-10T07:00:00.000Z'],
  ['datetime', '2002-10-10T12:00:00.5+0530', '2002-10-10T06:30:00.500Z'],
  ['datetime', '2002-10-10T07:00Z', '2002-10-10T07:00:00Z'],
  ['time', '10:30:00', '10:30:00.000Z'],
  ['string', '#N/A', ''],
  ['string', ' Acme ', 'Acme'],
  ['textarea', 'line one\r\nline two\r', 'line one\nline two'],
  [null, 'Acme\t', 'Acme'],
  ['double', '#N/A', ''],
];

/** Pairs that must stay different. */
const DIFFERENT: [FieldType | null, string, string][] = [
  ['double', '1.5', '1.05'],
  ['string', '912260031', '9.12260031E8'],
  ['string', 'Acme', 'acme'],
  ['string', 'a b', 'ab'],
  [null, '1', '1.0'],
  ['picklist', 'Open', 'open'],
  ['reference', '001XX000003DHP0', '001xx000003dhp0'],
  ['datetime', '2002-10-10T12:00:00+05:00', '2002-10-10T12:00:00Z'],
  ['date', '2024-01-01', '2024-01-02'],
  ['boolean', 'true', 'false'],
];

describe('canonicalValue', () => {
  it.each(SAME)('%s: %s ≡ %s', (type, uploaded, echoed) => {
    expect(canonicalValue(uploaded, type)).toBe(canonicalValue(echoed, type));
  });

  it.each(DIFFERENT)('%s: %s ≠ %s', (type, a, b) => {
    expect(canonicalValue(a, type)).not.toBe(canonicalValue(b, type));
  });

  it('keeps values that do not parse as their type exactly as they are', () => {
    expect(canonicalValue('12abc', 'double')).toBe('12abc');
    expect(canonicalValue(' ', 'int')).toBe(' ');
    expect(canonicalValue('yes', 'boolean')).toBe('yes');
    expect(canonicalValue('2024-13-01T00:00:00Z', 'datetime')).toBe('2024-13-01T00:00:00Z');
    expect(canonicalValue('not an id', 'id')).toBe('not an id');
    expect(canonicalValue('07/06/1940', 'date')).toBe('07/06/1940');
  });
});
