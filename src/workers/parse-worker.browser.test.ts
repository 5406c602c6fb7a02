import { afterEach, describe, expect, it } from 'vitest';
import type { SupportedEncoding } from '../csv/encodings';
import type { LineEnding } from '../csv/sniff-dialect';
import { encodeUtf16, encodeWindows1252 } from '../csv/test-support/legacy-encodings';
import type { DoneEvent, ParseEvent, ParseFileRequest } from './parse-protocol';

let worker: Worker | undefined;
afterEach(() => worker?.terminate());

/** The real module worker, as the drop step starts it; collects every event per parse. */
function startWorker() {
  worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  const events: ParseEvent[] = [];
  const waiting = new Map<number, (event: DoneEvent) => void>();
  worker.onmessage = (message: MessageEvent<ParseEvent>) => {
    events.push(message.data);
    if (message.data.type === 'done') waiting.get(message.data.parseId)?.(message.data);
  };
  const current = worker;
  return {
    events,
    parse(parseId: number, file: File, options: Partial<ParseFileRequest> = {}) {
      const done = new Promise<DoneEvent>((resolve) => waiting.set(parseId, resolve));
      const request: ParseFileRequest = {
        type: 'parse',
        parseId,
        file,
        encoding: 'utf-8',
        leadingBytes: 0,
        dialect: { delimiter: ',', quoteChar: '"', newline: '\n' },
        firstRows: 3,
        ...options,
      };
      current.postMessage(request);
      return done;
    },
    cancel: (parseId: number) => current.postMessage({ type: 'cancel', parseId }),
  };
}

async function parseOnce(file: File, options: Partial<ParseFileRequest> = {}) {
  const client = startWorker();
  const { summary } = await client.parse(1, file, options);
  return { summary, events: client.events };
}

/** The text at each row offset, read back from the File with `file.slice` as the app will. */
function rowStarts(file: File, offsets: Float64Array, encoding: SupportedEncoding, bytes: number) {
  return Promise.all(
    Array.from(offsets, async (offset) =>
      new TextDecoder(encoding).decode(await file.slice(offset, offset + bytes).arrayBuffer()),
    ),
  );
}

const dialect = (newline: LineEnding, delimiter: ',' | '\t' = ',') =>
  ({ delimiter, quoteChar: '"', newline }) as const;

describe('the parse worker reads a whole File', () => {
  it('reads a UTF-8 file with a BOM, CRLF and quoted multi-line values, and indexes every row', async () => {
    const text =
      'First Name,Description,Email\r\n' +
      'Ada,"Line one\r\nline two, with a comma",ada@example.com\r\n' +
      'Zoë,"Says ""hi""",zoe@example.com\r\n' +
      'Bob,,bob@example.com\r\n';
    const file = new File([`\uFEFF${text}`], 'contacts.csv', { type: 'text/csv' });
    const { summary, events } = await parseOnce(file, {
      leadingBytes: 3,
      dialect: dialect('\r\n'),
    });
    expect(summary).toMatchObject({
      status: 'complete',
      header: ['First Name', 'Description', 'Email'],
      rows: 3,
      bytes: file.size,
      malformedCount: 0,
      problems: [],
    });
    expect(await rowStarts(file, summary.rowOffsets, 'utf-8', 5)).toEqual([
      'Ada,"',
      'Zoë,',
      'Bob,,',
    ]);
    expect(events.find((e) => e.type === 'first-rows')).toMatchObject({
      rows: [
        ['Ada', 'Line one\r\nline two, with a comma', 'ada@example.com'],
        ['Zoë', 'Says "hi"', 'zoe@example.com'],
        ['Bob', '', 'bob@example.com'],
      ],
    });
    expect(events.filter((e) => e.type === 'progress').at(-1)).toMatchObject({
      progress: { rows: 3, bytes: file.size, malformedRows: 0 },
    });
  });

  it.each<[string, SupportedEncoding, Uint8Array, number]>([
    [
      'Windows-1252',
      'windows-1252',
      encodeWindows1252('Nom\tVille\nMüller\tZürich\nCafé\tOrléans\n'),
      0,
    ],
    [
      'UTF-16LE with a BOM',
      'utf-16le',
      encodeUtf16('Nom\tVille\nMüller\tZürich\nCafé\tOrléans\n', true, true),
      2,
    ],
    [
      'UTF-16BE with a BOM',
      'utf-16be',
      encodeUtf16('Nom\tVille\nMüller\tZürich\nCafé\tOrléans\n', false, true),
      2,
    ],
  ])(
    'reads %s with offsets in the original bytes',
    async (_name, encoding, bytes, leadingBytes) => {
      const file = new File([new Uint8Array(bytes)], 'legacy.txt');
      const { summary, events } = await parseOnce(file, {
        encoding,
        leadingBytes,
        dialect: dialect('\n', '\t'),
      });
      expect(summary).toMatchObject({ status: 'complete', rows: 2, bytes: bytes.length });
      expect(
        await rowStarts(file, summary.rowOffsets, encoding, encoding === 'windows-1252' ? 4 : 8),
      ).toEqual(['Müll', 'Café']);
      expect(events.find((e) => e.type === 'first-rows')).toMatchObject({
        rows: [
          ['Müller', 'Zürich'],
          ['Café', 'Orléans'],
        ],
      });
    },
  );

  it('lists ragged rows with their line numbers and reasons, and still counts and indexes them', async () => {
    const file = new File(
      ['Name,City\nAda,London\nBob\n"Cy\nDee",Rome,Italy\nEd,Oslo\n'],
      'ragged.csv',
    );
    const { summary } = await parseOnce(file);
    expect(summary.rows).toBe(4);
    expect(summary.malformedCount).toBe(2);
    expect(summary.malformed).toEqual([
      expect.objectContaining({ row: 2, line: 3, reason: 'too-few-fields', fields: 1 }),
      expect.objectContaining({ row: 3, line: 4, reason: 'too-many-fields', fields: 3 }),
    ]);
    expect(await rowStarts(file, summary.rowOffsets, 'utf-8', 3)).toEqual([
      'Ada',
      'Bob',
      '"Cy',
      'Ed,',
    ]);
  });

  it('reports duplicate and blank header names as soon as the header is read', async () => {
    const { events } = await parseOnce(new File(['Email,,email\na,b,c\n'], 'h.csv'));
    const header = events.find((e) => e.type === 'header');
    expect(header?.type === 'header' && header.problems.map((p) => p.code)).toEqual([
      'blank-header',
      'duplicate-header',
    ]);
  });

  it.each([
    ['an empty file', '', 'empty-file'],
    ['a header with no rows', 'Name,Email\r\n', 'header-only'],
  ])('says so for %s', async (_name, text, code) => {
    const { summary } = await parseOnce(new File([text], 'x.csv'));
    expect(summary.problems.map((p) => p.code)).toEqual([code]);
  });

  it('refuses to read an .xlsx workbook as UTF-8 text instead of mangling it', async () => {
    const zip = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xc3, 0x28, 0x9f, 0x80,
    ]);
    const { summary } = await parseOnce(new File([zip], 'contacts.xlsx'));
    expect(summary.status).toBe('failed');
    expect(summary.problems).toEqual([
      expect.objectContaining({ code: 'invalid-encoding', severity: 'error' }),
    ]);
  });

  it('re-reads the same file in another encoding when the first one turns out wrong', async () => {
    const bytes = encodeWindows1252(`Name\n${'Ada\n'.repeat(5000)}Müller\n`);
    const file = new File([new Uint8Array(bytes)], 'late-latin.csv');
    const client = startWorker();
    const first = await client.parse(1, file);
    expect(first.summary.status).toBe('failed');
    // Located to the decoder chunk the bad byte is in (parse-stream.ts), not to the byte itself.
    expect(first.summary.problems[0]).toMatchObject({
      code: 'invalid-encoding',
      severity: 'error',
    });
    expect(first.summary.problems[0]?.byteOffset).toBeLessThanOrEqual(bytes.length - 6);
    const second = await client.parse(2, file, { encoding: 'windows-1252' });
    expect(second.summary).toMatchObject({ status: 'complete', rows: 5001, bytes: bytes.length });
  });

  it('stops when cancelled, and a newer parse supersedes a running one', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},Name ${i},x${i}@example.com\n`);
    const file = new File(['Id,Name,Email\n', ...rows], 'big.csv');
    const client = startWorker();
    const cancelled = client.parse(1, file);
    client.cancel(1);
    expect((await cancelled).summary.status).toBe('aborted');
    const superseded = client.parse(2, file);
    const latest = client.parse(3, file);
    expect((await superseded).summary.status).toBe('aborted');
    const { summary } = await latest;
    expect(summary).toMatchObject({ status: 'complete', rows: 200_000, bytes: file.size });
    expect(summary.rowOffsets).toBeInstanceOf(Float64Array);
    expect(summary.rowOffsets.length).toBe(200_000);
    const last = summary.rowOffsets[199_999] ?? 0;
    expect(await file.slice(last).text()).toBe('199999,Name 199999,x199999@example.com\n');
  });
});
