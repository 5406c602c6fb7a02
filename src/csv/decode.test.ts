import { describe, expect, it } from 'vitest';
import { decodeBytes, previewEncoding } from './decode';
import type { SupportedEncoding } from './encodings';
import { findInvalidSequences } from './invalid-sequences';
import {
  concatBytes,
  encodeShiftJis,
  encodeUtf16,
  encodeWindows1252,
} from './test-support/legacy-encodings';

const utf8 = (text: string) => new TextEncoder().encode(text);
const complete = { truncated: false };

describe('decodeBytes decodes strictly and strips the BOM', () => {
  it.each<[string, Uint8Array, SupportedEncoding, string, number]>([
    ['UTF-8 with BOM', utf8('\uFEFFName\nZoë\n'), 'utf-8', 'Name\nZoë\n', 3],
    ['UTF-8 without BOM', utf8('Name\nZoë\n'), 'utf-8', 'Name\nZoë\n', 0],
    ['UTF-16LE with BOM', encodeUtf16('Name\tZoë\n', true, true), 'utf-16le', 'Name\tZoë\n', 2],
    ['UTF-16BE with BOM', encodeUtf16('Name\tZoë\n', false, true), 'utf-16be', 'Name\tZoë\n', 2],
    ['Windows-1252', encodeWindows1252('Müller,£5\n'), 'windows-1252', 'Müller,£5\n', 0],
    ['Shift_JIS', encodeShiftJis('名前,ｶﾅ\n'), 'shift_jis', '名前,ｶﾅ\n', 0],
  ])('%s', (_name, bytes, encoding, text, bomLength) => {
    expect(decodeBytes(bytes, encoding, complete)).toEqual({ ok: true, text, bomLength });
  });

  it('refuses invalid UTF-8 and says where the bad bytes are', () => {
    const result = decodeBytes(encodeWindows1252('Name\nMüller\n'), 'utf-8', complete);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.invalid).toEqual([{ offset: 6, hex: 'FC' }]);
    expect(result.problem).toMatchObject({ code: 'invalid-encoding', byteOffset: 6 });
    expect(result.problem.what).toContain('not valid UTF-8 at byte 6');
    expect(result.problem.action).toContain('encoding');
  });

  it('keeps a character cut off at the end of a sample for later instead of failing', () => {
    const bytes = utf8('Zoë').slice(0, -1);
    expect(decodeBytes(bytes, 'utf-8', { truncated: true })).toEqual({
      ok: true,
      text: 'Zo',
      bomLength: 0,
    });
    expect(decodeBytes(bytes, 'utf-8', complete).ok).toBe(false);
  });
});

describe('findInvalidSequences reports byte offsets per encoding', () => {
  it.each<[string, Uint8Array, SupportedEncoding, { offset: number; hex: string }[]]>([
    [
      'a stray continuation byte in UTF-8',
      new Uint8Array([0x41, 0x80, 0x42]),
      'utf-8',
      [{ offset: 1, hex: '80' }],
    ],
    [
      'an overlong UTF-8 lead',
      new Uint8Array([0xc0, 0xaf]),
      'utf-8',
      [
        { offset: 0, hex: 'C0' },
        { offset: 1, hex: 'AF' },
      ],
    ],
    [
      'a UTF-8 surrogate',
      new Uint8Array([0xed, 0xa0, 0x80]),
      'utf-8',
      [
        { offset: 0, hex: 'ED A0' },
        { offset: 1, hex: 'A0' },
        { offset: 2, hex: '80' },
      ],
    ],
    ['nothing in Windows-1252', new Uint8Array([0x81, 0xff]), 'windows-1252', []],
    [
      'a Shift_JIS lead without a trail',
      concatBytes(encodeShiftJis('名'), new Uint8Array([0x88, 0x0a])),
      'shift_jis',
      [{ offset: 2, hex: '88 0A' }],
    ],
    [
      'an undefined Shift_JIS byte',
      new Uint8Array([0x41, 0xfd]),
      'shift_jis',
      [{ offset: 1, hex: 'FD' }],
    ],
    [
      'a lone UTF-16LE surrogate',
      new Uint8Array([0x41, 0x00, 0x00, 0xdc]),
      'utf-16le',
      [{ offset: 2, hex: '00 DC' }],
    ],
    [
      'an odd UTF-16 length',
      new Uint8Array([0x00, 0x41, 0x00]),
      'utf-16be',
      [{ offset: 2, hex: '00' }],
    ],
  ])('%s', (_name, bytes, encoding, expected) => {
    expect(findInvalidSequences(bytes, encoding, { truncated: false, max: 10 })).toEqual(expected);
  });
});

describe('previewEncoding shows the effect of an encoding choice', () => {
  const utf8File = utf8('Name,City\r\nZoë,Tromsø\r\nRenée,Besançon\r\n');

  it('shows the first lines as the chosen encoding reads them', () => {
    const preview = previewEncoding(utf8File, 'utf-8', { ...complete, maxLines: 2 });
    expect(preview).toMatchObject({
      lines: ['Name,City', 'Zoë,Tromsø'],
      replacementCount: 0,
      invalid: [],
      warnings: [],
    });
  });

  it('warns when UTF-8 bytes are read as Windows-1252', () => {
    const preview = previewEncoding(utf8File, 'windows-1252', complete);
    expect(preview.lines[1]).toBe('ZoÃ«,TromsÃ¸');
    expect(preview.warnings[0]).toContain('look like UTF-8 read as Windows-1252');
  });

  it('counts replacement characters and invalid bytes when Windows-1252 is read as UTF-8', () => {
    const preview = previewEncoding(encodeWindows1252('Name\nMüller\nZoë\n'), 'utf-8', complete);
    expect(preview.lines[1]).toBe('M\uFFFDller');
    expect(preview.replacementCount).toBe(2);
    expect(preview.invalid.map((s) => s.offset)).toEqual([6, 14]);
    expect(preview.warnings[0]).toBe('2 invalid byte sequences, first at byte 6');
  });
});
