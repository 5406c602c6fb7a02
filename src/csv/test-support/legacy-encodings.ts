/**
 * Test helpers that produce the bytes of legacy encodings, which TextEncoder cannot (it only
 * writes UTF-8). Used by the csv tests; nothing in the app imports this.
 */

export function encodeUtf16(text: string, littleEndian: boolean, withBom: boolean): Uint8Array {
  const units = (withBom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    bytes[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    bytes[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return bytes;
}

function reverseTable(
  encoding: string,
  leads: [number, number][],
  trails: [number, number],
): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let b = 0; b < 0x100; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch.length === 1 && ch !== '\uFFFD') table.set(ch, [b]);
  }
  for (const [from, to] of leads) {
    for (let lead = from; lead <= to; lead++) {
      for (let trail = trails[0]; trail <= trails[1]; trail++) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
  return table;
}

let shiftJisTable: Map<string, number[]> | null = null;

export function encodeShiftJis(text: string): Uint8Array {
  shiftJisTable ??= reverseTable(
    'shift_jis',
    [
      [0x81, 0x9f],
      [0xe0, 0xfc],
    ],
    [0x40, 0xfc],
  );
  const table = shiftJisTable;
  return new Uint8Array(
    Array.from(text).flatMap((ch) => {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no Shift_JIS bytes for ${ch}`);
      return bytes;
    }),
  );
}

export function encodeWindows1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array(
    Array.from(text).map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no Windows-1252 byte for ${ch}`);
      return b;
    }),
  );
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
