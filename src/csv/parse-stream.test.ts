import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextStream, type SupportedEncoding } from './encodings';
import {
  parseCsvStream,
  RUNAWAY_RECORD_CHARS,
  type ParseStreamOptions,
  type RowBatch,
} from './parse-stream';
import type { LineEnding } from './sniff-dialect';
import { encodeShiftJis, encodeUtf16, encodeWindows1252 } from './test-support/legacy-encodings';
import { byteStream, chunked, textStream } from './test-support/streams';
import { encodeBulkCsvRow } from './write-bulk-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

function options(
  newline: LineEnding = '\n',
  extra: Partial<ParseStreamOptions> = {},
): ParseStreamOptions {
  return {
    dialect: { delimiter: ',', quoteChar: '"', newline },
    encoding: 'utf-8',
    leadingBytes: 0,
    ...extra,
  };
}

async function parseText(text: string, opts = options(), chunkSize = 5) {
  const batches: RowBatch[] = [];
  const summary = await parseCsvStream(textStream(chunked(text, chunkSize)), {
    ...opts,
    onRows: (b) => batches.push(b),
  }).done;
  return { summary, rows: batches.flatMap((b) => b.rows), batches };
}

async function parseBytes(
  bytes: Uint8Array,
  encoding: SupportedEncoding,
  leadingBytes: number,
  newline: LineEnding = '\n',
) {
  const stream = decodeTextStream(byteStream(bytes, 7), encoding);
  const rows: string[][] = [];
  const summary = await parseCsvStream(stream, {
    ...options(newline),
    encoding,
    leadingBytes,
    onRows: (b) => rows.push(...b.rows),
  }).done;
  return { summary, rows };
}

/** The text each data row starts with, read back from the original bytes at its offset. */
function rowStarts(bytes: Uint8Array, offsets: Float64Array, length: number): string[] {
  return Array.from(offsets, (offset) =>
    new TextDecoder().decode(bytes.slice(offset, offset + length)),
  );
}

describe('parseCsvStream reads rows, bytes and the row byte-offset index', () => {
  it('parses a simple file and indexes each data row', async () => {
    const { summary, rows } = await parseText('Name,City\nAda,London\nBob,Paris\n');
    expect(summary).toMatchObject({
      status: 'complete',
      header: ['Name', 'City'],
      rows: 2,
      bytes: 31,
      problems: [],
    });
    expect(rows).toEqual([
      ['Ada', 'London'],
      ['Bob', 'Paris'],
    ]);
    expect(Array.from(summary.rowOffsets)).toEqual([10, 21]);
  });

  it('handles a BOM, CRLF and quoted multi-line values with exact offsets and line numbers', async () => {
    const text =
      'Name,Note,City\r\n"Ada","line 1\r\nline 2, with comma",London\r\n"Bob ""B""",x\r\nCy,"a\nb",Rome\r\n';
    const bytes = utf8(`\uFEFF${text}`);
    const { summary, rows } = await parseBytes(bytes, 'utf-8', 3, '\r\n');
    expect(summary.header).toEqual(['Name', 'Note', 'City']);
    expect(rows).toEqual([
      ['Ada', 'line 1\r\nline 2, with comma', 'London'],
      ['Bob "B"', 'x'],
      ['Cy', 'a\nb', 'Rome'],
    ]);
    expect(summary.bytes).toBe(bytes.length);
    expect(rowStarts(bytes, summary.rowOffsets, 4)).toEqual(['"Ada', '"Bob', 'Cy,"']);
    expect(summary.malformed).toEqual([
      expect.objectContaining({ row: 2, line: 4, reason: 'too-few-fields', fields: 2 }),
    ]);
  });

  const lines = ['Név,Város\n', 'Zoë,"Tromsø\nNorge"\n', '日本,東京\n'];
  it.each<[string, SupportedEncoding, (text: string) => Uint8Array, number]>([
    ['UTF-8 multi-byte', 'utf-8', utf8, 0],
    ['UTF-16LE with BOM', 'utf-16le', (t) => encodeUtf16(t, true, true), 2],
    ['UTF-16BE with BOM', 'utf-16be', (t) => encodeUtf16(t, false, true), 2],
    [
      'Windows-1252',
      'windows-1252',
      (t) => encodeWindows1252(t.replace('日本,東京', 'Åse,Köln')),
      0,
    ],
    [
      'Shift_JIS',
      'shift_jis',
      (t) => encodeShiftJis(t.replace('Név,Város', '名前,住所').replace('Zoë,"Tromsø', 'ｶﾅ,"ﾔﾏﾀﾞ')),
      0,
    ],
  ])('measures offsets in the original bytes for %s', async (_name, encoding, encode, bom) => {
    const bytes = encode(lines.join(''));
    const { summary } = await parseBytes(bytes, encoding, bom);
    expect(summary.bytes).toBe(bytes.length);
    const ends = [...Array.from(summary.rowOffsets).slice(1), bytes.length];
    const rowTexts = Array.from(summary.rowOffsets, (offset, i) =>
      new TextDecoder(encoding).decode(bytes.slice(offset, ends[i])),
    );
    const expected = new TextDecoder(encoding)
      .decode(bytes)
      .split(/\n(?=[^"]*(?:"[^"]*"[^"]*)*$)/)
      .slice(1, 3);
    expect(rowTexts).toEqual(expected.map((line) => `${line}\n`));
  });

  it('keeps offsets right for any values and any chunking (round trip through the Bulk writer)', async () => {
    const value = fc.string({
      unit: fc.constantFrom('a', 'é', '日', '😀', ',', '"', '\n', '\r', ' '),
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        async (data, size) => {
          const encoded = [
            encodeBulkCsvRow(['A', 'B']),
            ...data.map((row) => encodeBulkCsvRow(row)),
          ];
          const sizes = encoded.map((line) => utf8(line).length);
          const { summary, rows } = await parseText(encoded.join(''), options(), size);
          expect(rows).toEqual(data);
          expect(Array.from(summary.rowOffsets)).toEqual(
            data.map((_, i) => sizes.slice(0, i + 1).reduce((a, b) => a + b, 0)),
          );
          expect(summary.bytes).toBe(sizes.reduce((a, b) => a + b, 0));
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'finds CRLF rows when a chunk ends between CR and LF (chunks of %i)',
    async (size) => {
      const { summary, rows } = await parseText(
        'A,B\r\n1,"x\r\ny"\r\n3,4\r\n',
        options('\r\n'),
        size,
      );
      expect(rows).toEqual([
        ['1', 'x\r\ny'],
        ['3', '4'],
      ]);
      expect(Array.from(summary.rowOffsets)).toEqual([5, 15]);
    },
  );

  it('pauses and resumes reading', async () => {
    const progress: number[] = [];
    const handle = parseCsvStream(textStream(['A\n1\n', '2\n', '3\n']), {
      ...options(),
      onProgress: (p) => {
        progress.push(p.rows);
        if (p.rows === 1) {
          handle.pause();
          queueMicrotask(() => handle.resume());
        }
      },
    });
    const summary = await handle.done;
    expect(summary).toMatchObject({ status: 'complete', rows: 3 });
    expect(progress).toEqual([1, 2, 3]);
  });

  it('skips and counts blank lines without breaking the index', async () => {
    const { summary, rows } = await parseText('\nA,B\n1,2\n\n3,4\n\n');
    expect(rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(summary).toMatchObject({ blankLines: 3, rows: 2, header: ['A', 'B'] });
    expect(Array.from(summary.rowOffsets)).toEqual([5, 10]);
  });

  it('reads a CR-only file and numbers its lines', async () => {
    const { summary } = await parseText('A,B\r1,2\r3\r', options('\r'));
    expect(summary.malformed).toEqual([
      expect.objectContaining({ row: 2, line: 3, byteOffset: 8 }),
    ]);
  });

  it('hands rows on in batches whose firstRow indexes line up', async () => {
    const text = `A,B\n${Array.from({ length: 50 }, (_, i) => `${i},x`).join('\n')}\n`;
    const { batches } = await parseText(text, options(), 64);
    expect(batches.length).toBeGreaterThan(1);
    batches.forEach((batch) => expect(batch.rows[0]?.[0]).toBe(String(batch.firstRow)));
  });

  it('reports progress as chunks are parsed', async () => {
    const progress: number[] = [];
    await parseCsvStream(textStream(['A\n1\n', '2\n', '3\n']), {
      ...options(),
      onProgress: (p) => progress.push(p.rows),
    }).done;
    expect(progress).toEqual([1, 2, 3]);
  });
});

describe('parseCsvStream reports malformed rows with line numbers and reasons', () => {
  it.each([
    [
      'too few fields',
      'A,B,C\n1,2,3\n4,5\n',
      { row: 2, line: 3, reason: 'too-few-fields', fields: 2 },
    ],
    [
      'too many fields',
      'A,B\n1,2\n3,4,5\n',
      { row: 2, line: 3, reason: 'too-many-fields', fields: 3 },
    ],
    [
      'a stray quote after a quoted value',
      'A,B\n"1"x,2\n3,4\n',
      { row: 1, line: 2, reason: 'stray-quote' },
    ],
    [
      'an unclosed quote at the end',
      'A,B\n1,2\n3,"4\n5,6\n',
      { row: 2, line: 3, reason: 'unclosed-quote' },
    ],
  ])('%s', async (_name, text, expected) => {
    const { summary } = await parseText(text);
    expect(summary.malformedCount).toBe(1);
    expect(summary.malformed[0]).toMatchObject(expected);
    expect(summary.malformed[0]?.message.length).toBeGreaterThan(20);
  });

  it('stops on a quote that never closes instead of reading the whole file as one value', async () => {
    const text = `A,B\n1,2\n3,"oops\n${'x,y\n'.repeat(RUNAWAY_RECORD_CHARS / 4 + 10)}`;
    const { summary } = await parseText(text, options(), 65536);
    expect(summary.status).toBe('failed');
    expect(summary.problems[0]).toMatchObject({ code: 'record-too-long', line: 3, byteOffset: 8 });
  });
});

describe('parseCsvStream checks the header and the file as a whole', () => {
  it.each([
    ['an empty file', '', 'empty-file'],
    ['only blank lines', '\n\n', 'empty-file'],
    ['a header without rows', 'A,B\n', 'header-only'],
  ])('%s', async (_name, text, code) => {
    const { summary } = await parseText(text);
    expect(summary.problems.map((p) => p.code)).toEqual([code]);
  });

  it('flags blank and duplicate header names (Salesforce ignores case)', async () => {
    const { summary } = await parseText('Email,,Name,email, \n1,2,3,4,5\n');
    expect(summary.headerProblems).toEqual([
      expect.objectContaining({ code: 'blank-header', columns: [2, 5] }),
      expect.objectContaining({ code: 'duplicate-header', columns: [1, 4] }),
    ]);
  });

  it.each([
    [
      'a header over 32,000 characters',
      [Array.from({ length: 40 }, (_, i) => `Column_${i}_${'x'.repeat(800)}`)],
      'header-too-long',
    ],
    [
      'more than 5,000 columns',
      [Array.from({ length: 5001 }, (_, i) => `C${i}`)],
      'too-many-columns',
    ],
  ])('refuses %s', async (_name, [names], code) => {
    const { summary } = await parseText(
      `${(names ?? []).join(',')}\n${(names ?? []).map(() => '1').join(',')}\n`,
      options(),
      4096,
    );
    expect(summary.headerProblems[0]).toMatchObject({ code, severity: 'error' });
  });

  it('stops with a clear problem when the bytes stop being valid UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('A,B\n1,2\n'), 0xff, ...utf8(',3\n')]);
    const stream = decodeTextStream(byteStream(bytes, 8), 'utf-8');
    const summary = await parseCsvStream(stream, options()).done;
    expect(summary.status).toBe('failed');
    expect(summary.problems[0]).toMatchObject({ code: 'invalid-encoding', byteOffset: 8, line: 3 });
  });

  it('can be aborted', async () => {
    const stream = new ReadableStream<string>({ start: (c) => c.enqueue('A,B\n1,2\n') });
    const handle = parseCsvStream(stream, options());
    handle.abort();
    expect((await handle.done).status).toBe('aborted');
  });
});
