import { describe, expect, it } from 'vitest';
import { encodeUtf16, encodeWindows1252 } from '../../csv/test-support/legacy-encodings';
import { createParseSession } from '../../workers/parse-session';
import { problemsOf } from './drop-outcome';
import { createDropSession, type DropSession } from './drop-session';
import type { DropState } from './drop-state';
import type { StartParseWorker } from './parse-worker-client';
import type { CsvPreview, ParsedCsv } from './parsed-csv';

/** The worker's own session, run in this process: same messages, no thread. */
function inProcessWorker(): { start: StartParseWorker; parses: () => number } {
  let parses = 0;
  let nextId = 1;
  const start: StartParseWorker = (onEvent) => {
    const session = createParseSession((event) => queueMicrotask(() => onEvent(event)));
    return {
      readSample(file, encoding) {
        const requestId = nextId++;
        session.handle({ type: 'read-sample', requestId, file, encoding });
        return requestId;
      },
      parse(request) {
        parses++;
        const parseId = nextId++;
        session.handle({ type: 'parse', parseId, ...request });
        return parseId;
      },
      cancel: (parseId) => session.handle({ type: 'cancel', parseId }),
      terminate() {},
    };
  };
  return { start, parses: () => parses };
}

type Call = ['file', string] | ['preview', CsvPreview | null] | ['parsed', ParsedCsv | null];

function setup(start = inProcessWorker().start) {
  const session = createDropSession(start);
  const calls: Call[] = [];
  session.setCallbacks({
    onFileChange: (file) => calls.push(['file', file.name]),
    onPreview: (preview) => calls.push(['preview', preview]),
    onParsed: (result) => calls.push(['parsed', result]),
  });
  return { session, calls };
}

function until(session: DropSession, test: (state: DropState) => boolean): Promise<DropState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = session.getState();
      if (!test(state)) return;
      unsubscribe();
      resolve(state);
    };
    const unsubscribe = session.subscribe(check);
    check();
  });
}

const passDone = (state: DropState) =>
  state.phase === 'read' && (state.pass.status === 'done' || state.pass.status === 'crashed');
const csv = (text: string | Uint8Array, name = 'contacts.csv') =>
  new File([typeof text === 'string' ? text : new Uint8Array(text)], name);

describe('the drop session', () => {
  it('previews the first rows at once, then hands over the whole file with its row offsets', async () => {
    const { session, calls } = setup();
    const file = csv('\uFEFFFirst Name,Email\r\nAda,ada@example.com\r\nBob,"b\r\nc"\r\n');
    session.drop(file);
    await until(session, passDone);
    expect(calls.map(([kind, value]) => [kind, value === null ? null : 'value'])).toEqual([
      ['file', 'value'],
      ['preview', null],
      ['parsed', null],
      ['preview', 'value'],
      ['parsed', 'value'],
    ]);
    const preview = calls[3]?.[1] as CsvPreview;
    expect(preview).toMatchObject({
      file,
      encoding: 'utf-8',
      leadingBytes: 3,
      header: ['First Name', 'Email'],
      rows: [
        ['Ada', 'ada@example.com'],
        ['Bob', 'b\r\nc'],
      ],
    });
    expect(preview.dialect).toMatchObject({ delimiter: ',', newline: '\r\n', quoteChar: '"' });
    const parsed = calls[4]?.[1] as ParsedCsv;
    expect(parsed).toMatchObject({ file, rowCount: 2, bytes: file.size, malformedCount: 0 });
    expect(parsed.file).toBe(file);
    const starts = await Promise.all(
      Array.from(parsed.rowOffsets, (offset) => file.slice(offset, offset + 4).text()),
    );
    expect(starts).toEqual(['Ada,', 'Bob,']);
  });

  it.each([
    [
      'an Excel workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
      'excel-workbook',
    ],
    ['an empty file', new Uint8Array(), 'empty-file'],
  ])('stops at %s without starting the worker', async (_name, bytes, code) => {
    const worker = inProcessWorker();
    const { session, calls } = setup(worker.start);
    session.drop(csv(bytes, 'book.xlsx'));
    const state = await until(session, (s) => s.phase === 'unusable');
    expect(problemsOf(state).map((p) => p.code)).toEqual([code]);
    expect(worker.parses()).toBe(0);
    expect(calls.filter(([kind, value]) => kind !== 'file' && value !== null)).toEqual([]);
  });

  it('gives no result for a file with a header and no rows, and says why', async () => {
    const { session, calls } = setup();
    session.drop(csv('Name,Email\n'));
    const state = await until(session, passDone);
    expect(problemsOf(state).map((p) => p.code)).toEqual(['header-only']);
    expect(calls.slice(-3)).toEqual([
      ['preview', expect.objectContaining({ header: ['Name', 'Email'] })],
      ['preview', null],
      ['parsed', null],
    ]);
  });

  it('waits for the user to confirm a guessed legacy encoding, then reads with it', async () => {
    const { session, calls } = setup();
    session.drop(csv(encodeWindows1252('Nom,Ville\nMüller,Zürich\nCafé,Orléans\n')));
    const waiting = await until(session, (s) => s.phase === 'read');
    expect(waiting.phase === 'read' && waiting.pass).toEqual({
      status: 'waiting',
      reason: 'confirm-encoding',
    });
    session.confirmEncoding();
    await until(session, passDone);
    const parsed = calls.at(-1)?.[1] as ParsedCsv;
    expect(parsed).toMatchObject({ encoding: 'windows-1252', rowCount: 2 });
    expect(parsed.firstRows).toEqual([
      ['Müller', 'Zürich'],
      ['Café', 'Orléans'],
    ]);
  });

  it('re-reads the sample and the whole file when the user picks another encoding', async () => {
    const { session, calls } = setup();
    const file = csv(encodeUtf16('Name\tCity\nZoë\tTromsø\n', true, true));
    session.drop(file);
    await until(session, passDone);
    session.chooseEncoding('windows-1252');
    const state = await until(
      session,
      (s) => s.phase === 'read' && s.reading.encoding === 'windows-1252',
    );
    expect(state.phase === 'read' && state.reading.preview.lines[0]).toContain('N\u0000a');
    await until(session, passDone);
    expect(calls.at(-1)).toEqual(['parsed', expect.objectContaining({ encoding: 'windows-1252' })]);
    session.chooseEncoding('utf-16le');
    await until(session, passDone);
    expect(calls.at(-1)?.[1]).toMatchObject({
      encoding: 'utf-16le',
      leadingBytes: 2,
      header: ['Name', 'City'],
      firstRows: [['Zoë', 'Tromsø']],
    });
  });

  it('does not start the full pass when the first bytes are invalid in the chosen encoding', async () => {
    const { session } = setup();
    session.drop(csv(encodeWindows1252('Name\nZoë\n')));
    await until(session, (s) => s.phase === 'read');
    session.chooseEncoding('utf-8');
    const state = await until(session, (s) => s.phase === 'read' && s.pass.status === 'waiting');
    expect(state.phase === 'read' && state.pass).toEqual({
      status: 'waiting',
      reason: 'invalid-sample',
    });
    expect(problemsOf(state).map((p) => p.code)).toEqual(['invalid-encoding']);
  });

  it('lets a later drop win over an earlier one', async () => {
    const { session, calls } = setup();
    session.drop(csv('A\n1\n', 'first.csv'));
    session.drop(csv('B\n2\n3\n', 'second.csv'));
    await until(session, passDone);
    expect(calls.filter(([kind]) => kind === 'file')).toEqual([
      ['file', 'first.csv'],
      ['file', 'second.csv'],
    ]);
    expect(calls.at(-1)?.[1]).toMatchObject({ rowCount: 2, header: ['B'] });
  });

  it('says so when the worker cannot start', async () => {
    const { session } = setup(() => {
      throw new Error('blocked by the Content Security Policy');
    });
    session.drop(csv('A\n1\n'));
    expect(session.getState()).toMatchObject({
      phase: 'crashed',
      message: expect.stringContaining('Content Security Policy'),
    });
  });

  describe('handing the reading over to the check (decision 0022)', () => {
    const text = 'First Name,Email\nAda,ada@example.com\nBob,bob@example.com\n';

    /** A worker whose parse never says it is done: the pass stays running until handed over. */
    function heldWorker() {
      const worker = inProcessWorker();
      const cancelled: number[] = [];
      let hold = true;
      const start: StartParseWorker = (onEvent, onFailure) => {
        const inner = worker.start((event) => {
          if (!(hold && event.type === 'done')) onEvent(event);
        }, onFailure);
        return {
          ...inner,
          cancel(parseId) {
            cancelled.push(parseId);
            inner.cancel(parseId);
          },
        };
      };
      return { start, cancelled, parses: worker.parses, release: () => (hold = false) };
    }

    const runningWithHeader = (state: DropState) =>
      state.phase === 'read' && state.pass.status === 'running' && state.header !== null;

    async function summaryOf(file: File) {
      const { session } = setup();
      session.drop(file);
      const state = await until(session, passDone);
      if (state.phase !== 'read' || state.pass.status !== 'done') throw new Error('not read');
      return state.pass.summary;
    }

    it('stops its own pass and ends with the summary the check brings back', async () => {
      const worker = heldWorker();
      const { session, calls } = setup(worker.start);
      const file = csv(text);
      session.drop(file);
      await until(session, runningWithHeader);
      expect(session.handOver()).toBe(true);
      expect(worker.cancelled).toHaveLength(1);
      expect(session.getState()).toMatchObject({ pass: { status: 'elsewhere' } });
      expect(calls.at(-1)?.[0]).toBe('preview');

      session.adopt(await summaryOf(file));
      expect(session.getState()).toMatchObject({ pass: { status: 'done' } });
      const [kind, parsed] = calls.at(-1) ?? [];
      expect(kind).toBe('parsed');
      expect(parsed).toMatchObject({ file, rowCount: 2, header: ['First Name', 'Email'] });
      // A second summary changes nothing: the pass has ended.
      const count = calls.length;
      session.adopt(await summaryOf(file));
      expect(calls).toHaveLength(count);
    });

    it('reads the file again itself when the check stops before the end', async () => {
      const worker = heldWorker();
      const { session, calls } = setup(worker.start);
      session.drop(csv(text));
      await until(session, runningWithHeader);
      expect(session.handOver()).toBe(true);
      worker.release();
      session.reclaim();
      await until(session, passDone);
      expect(worker.parses()).toBe(2);
      expect(calls.at(-1)).toMatchObject(['parsed', { rowCount: 2 }]);
    });

    it('has nothing to hand over once its own pass has ended', async () => {
      const { session } = setup();
      session.drop(csv(text));
      await until(session, passDone);
      expect(session.handOver()).toBe(false);
      expect(session.getState()).toMatchObject({ pass: { status: 'done' } });
    });
  });
});
