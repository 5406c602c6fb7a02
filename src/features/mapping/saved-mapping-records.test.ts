import { describe, expect, it } from 'vitest';
import type { SavedMappingRecord } from '../../lib/saved-mappings-store';
import { mappingToJson } from '../../load/mapping-json';
import type { SavedMapping } from '../../load/saved-mapping';
import {
  bestSavedMappingFor,
  decodeSavedMapping,
  savedMappingRecord,
} from './saved-mapping-records';

const mapping = (...headers: string[]): SavedMapping => ({
  object: 'Contact',
  operation: 'insert',
  matchingField: null,
  columns: headers.map((header) => ({
    header,
    mapping: { kind: 'field', field: header.replace(/ /g, '') },
    blankPolicy: 'leave-unchanged',
  })),
  constants: [],
});

const key = { orgId: 'o', userId: 'u', object: 'Contact' };
const record = (name: string, saved: SavedMapping): SavedMappingRecord =>
  savedMappingRecord({ ...key, name }, saved, new Date('2025-01-01T00:00:00Z'));

describe('saved mapping records', () => {
  it('round-trips a mapping through the stored JSON', () => {
    const saved = mapping('Last Name', 'Email');
    expect(decodeSavedMapping(record('Weekly', saved))).toMatchObject({ ok: true, mapping: saved });
  });

  it('reports a record it cannot read instead of using part of it', () => {
    const broken = { ...record('Broken', mapping('A')), json: '{"format":"something else"}' };
    expect(decodeSavedMapping(broken)).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it.each([
    ['all headers present', ['Last Name', 'Email'], 'Weekly', 2],
    ['one of two present (0.5) is not enough', ['Last Name'], null, 0],
    ['extra columns in the file do not matter', ['email', 'LAST NAME', 'Notes'], 'Weekly', 2],
  ] as const)('%s', (_name, header, offered, present) => {
    const list = [record('Weekly', mapping('Last Name', 'Email'))].map(decodeSavedMapping);
    const offer = bestSavedMappingFor(list, header);
    expect(offer?.name ?? null).toBe(offered);
    if (offer) expect(offer.present).toBe(present);
  });

  it('offers the best fit, and the newest of equal fits', () => {
    const list = [
      record('Newest', mapping('A', 'B', 'C')),
      record('Older', mapping('A', 'B', 'C')),
      record('Partial', mapping('A', 'X')),
    ].map(decodeSavedMapping);
    expect(bestSavedMappingFor(list, ['A', 'B', 'C'])?.name).toBe('Newest');
  });

  it('stores the mapping in the export format', () => {
    const saved = mapping('A');
    expect(record('R', saved).json).toBe(mappingToJson(saved));
  });
});
