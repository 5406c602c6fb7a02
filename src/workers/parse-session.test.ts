import { describe, expect, it } from 'vitest';
import type { DoneEvent, ParseEvent, ParseFileRequest } from './parse-protocol';
import { PROGRESS_INTERVAL_MS } from './parse-protocol';
import { createParseSession } from './parse-session';

const DIALECT = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;

function request(file: File, parseId: number, firstRows = 2): ParseFileRequest {
  return {
    type: 'parse',
    parseId,
    file,
    encoding: 'utf-8',
    leadingBytes: 0,
    dialect: DIALECT,
    firstRows,
  };
}

/** A session whose posts are recorded, with a promise per parse that settles on its `done`. */
function recordingSession(now: () => number = () => 0) {
  const events: ParseEvent[] = [];
  const transfers: Transferable[][] = [];
  const waiting = new Map<number, (event: DoneEvent) => void>();
  const session = createParseSession((event, transfer = []) => {
    events.push(event);
    transfers.push(transfer);
    if (event.type === 'done') waiting.get(event.parseId)?.(event);
  }, now);
  const done = (parseId: number) =>
    new Promise<DoneEvent>((resolve) => waiting.set(parseId, resolve));
  const of = (parseId: number) => events.filter((e) => 'parseId' in e && e.parseId === parseId);
  return { session, events, transfers, done, of };
}

/** A CSV of `rows` rows over several stream chunks (Blob streams read 64 KiB at a time). */
function bigCsv(rows: number): File {
  const lines = ['Id,Name,Note\n'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},Name ${i},"note, number ${i}"\n`);
  return new File(lines, 'big.csv');
}

describe('the parse session behind the worker', () => {
  it('posts the header, the first rows, progress and a done whose offsets are transferred', async () => {
    const { session, events, transfers, done } = recordingSession();
    const file = new File(['Name,City\nAda,London\nBob,Paris\nCy,Rome\n'], 'a.csv');
    const finished = done(1);
    session.handle(request(file, 1));
    const { summary } = await finished;
    expect(events.map((e) => e.type)).toEqual([
      'header',
      'first-rows',
      'progress',
      'progress',
      'done',
    ]);
    expect(events[0]).toMatchObject({ header: ['Name', 'City'], problems: [] });
    expect(events.find((e) => e.type === 'first-rows')).toMatchObject({
      rows: [
        ['Ada', 'London'],
        ['Bob', 'Paris'],
      ],
    });
    expect(summary).toMatchObject({ status: 'complete', rows: 3, bytes: file.size });
    expect(Array.from(summary.rowOffsets)).toEqual([10, 21, 31]);
    expect(transfers.at(-1)).toEqual([summary.rowOffsets.buffer]);
  });

  it('sends the first rows at the end when the file has fewer than asked for', async () => {
    const { session, events, done } = recordingSession();
    const finished = done(1);
    session.handle(request(new File(['A\n1\n'], 'a.csv'), 1, 50));
    await finished;
    expect(events.filter((e) => e.type === 'first-rows')).toEqual([
      { type: 'first-rows', parseId: 1, rows: [['1']] },
    ]);
  });

  it('sends at most one progress message per interval while the clock stands still', async () => {
    const { session, of, done } = recordingSession(() => 1_000);
    const finished = done(1);
    session.handle(request(bigCsv(20_000), 1));
    await finished;
    // One as soon as the parse starts, one with the final counts.
    expect(of(1).filter((e) => e.type === 'progress')).toHaveLength(2);
  });

  it('sends progress after every chunk once the interval has passed each time', async () => {
    let clock = 0;
    const { session, of, done } = recordingSession(() => (clock += PROGRESS_INTERVAL_MS));
    const finished = done(1);
    session.handle(request(bigCsv(20_000), 1));
    await finished;
    const progress = of(1).flatMap((e) => (e.type === 'progress' ? [e.progress.rows] : []));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(20_000);
  });

  it('ends the running parse as aborted when another one starts, and runs the new one', async () => {
    const { session, done } = recordingSession();
    const first = done(1);
    const second = done(2);
    session.handle(request(bigCsv(20_000), 1));
    session.handle(request(new File(['A\n1\n2\n'], 'b.csv'), 2));
    expect((await first).summary.status).toBe('aborted');
    expect((await second).summary).toMatchObject({ status: 'complete', rows: 2 });
  });

  it('cancels only the parse it names', async () => {
    const { session, done } = recordingSession();
    const finished = done(1);
    session.handle(request(bigCsv(20_000), 1));
    session.handle({ type: 'cancel', parseId: 99 });
    session.handle({ type: 'cancel', parseId: 1 });
    const { summary } = await finished;
    expect(summary.status).toBe('aborted');
    expect(summary.rows).toBeLessThan(20_000);
  });

  it('reports a file that stops being valid UTF-8 with where, and reads it in another encoding', async () => {
    const { session, done } = recordingSession();
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name\nAda\n'), 0x4d, 0xfc, 0x0a]);
    const file = new File([latin1], 'latin.csv');
    const failed = done(1);
    session.handle(request(file, 1));
    expect((await failed).summary).toMatchObject({
      status: 'failed',
      problems: [expect.objectContaining({ code: 'invalid-encoding' })],
    });
    const again = done(2);
    session.handle({ ...request(file, 2), encoding: 'windows-1252' });
    expect((await again).summary).toMatchObject({ status: 'complete', rows: 2 });
  });

  it.each([
    ['the guessed encoding', null, 'windows-1252', ['Müller', 'Zürich']],
    ['the encoding asked for', 'utf-8' as const, 'utf-8', ['M\uFFFDller', 'Z\uFFFDrich']],
  ])('sniffs the first bytes and reads them in %s', async (_name, encoding, read, firstRow) => {
    const events: ParseEvent[] = [];
    const session = createParseSession((event) => events.push(event));
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Nom,Ville\n'),
      0x4d,
      0xfc,
      0x6c,
      0x6c,
      0x65,
      0x72,
      0x2c,
      0x5a,
      0xfc,
      0x72,
      0x69,
      0x63,
      0x68,
      0x0a,
    ]);
    session.handle({
      type: 'read-sample',
      requestId: 7,
      file: new File([bytes], 'latin.csv'),
      encoding,
    });
    await expect.poll(() => events.length).toBe(1);
    const [event] = events;
    if (event?.type !== 'sample' || event.outcome.kind !== 'read') throw new Error('no sample');
    expect(event.requestId).toBe(7);
    expect(event.outcome.guess).toMatchObject({
      encoding: 'windows-1252',
      needsConfirmation: true,
    });
    expect(event.outcome.reading).toMatchObject({
      encoding: read,
      sample: { header: ['Nom', 'Ville'], rows: [firstRow] },
    });
    expect(event.outcome.reading.problem?.code).toBe(
      read === 'utf-8' ? 'invalid-encoding' : undefined,
    );
  });

  it('says a workbook is not a CSV from its first bytes', async () => {
    const events: ParseEvent[] = [];
    const session = createParseSession((event) => events.push(event));
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    session.handle({
      type: 'read-sample',
      requestId: 1,
      file: new File([zip], 'c.xlsx'),
      encoding: null,
    });
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]).toMatchObject({
      type: 'sample',
      outcome: { kind: 'unusable', problem: { code: 'excel-workbook' } },
    });
  });
});
