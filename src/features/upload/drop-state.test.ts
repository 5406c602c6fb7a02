import { describe, expect, it } from 'vitest';
import type { SampleOutcome } from '../../workers/read-sample';
import { dropReducer, EMPTY_DROP_STATE, type DropAction, type DropState } from './drop-state';

const file = new File(['Name\nAda\n'], 'a.csv');
const readOutcome: SampleOutcome = {
  kind: 'read',
  guess: {
    encoding: 'utf-8',
    bomLength: 0,
    confidence: 'high',
    needsConfirmation: false,
    evidence: ['only ASCII'],
    candidates: [],
    invalidUtf8: [],
  },
  reading: {
    encoding: 'utf-8',
    leadingBytes: 0,
    dialect: { delimiter: ',', quoteChar: '"', newline: '\n', evidence: [] },
    sample: { header: ['Name'], rows: [['Ada']] },
    preview: {
      encoding: 'utf-8',
      label: 'UTF-8',
      lines: [],
      invalid: [],
      replacementCount: 0,
      warnings: [],
    },
    problem: null,
  },
};
const progress = { rows: 5, bytes: 50, malformedRows: 0, blankLines: 0 };

function run(...actions: DropAction[]): DropState {
  return actions.reduce(dropReducer, EMPTY_DROP_STATE);
}

const sniffing: DropAction = { type: 'file-chosen', file, requestId: 1 };
const sampled: DropAction = {
  type: 'worker-event',
  event: { type: 'sample', requestId: 1, outcome: readOutcome },
};
const running: DropAction = { type: 'pass-started', parseId: 2 };

describe('the drop state ignores what belongs to a superseded request', () => {
  it.each<[string, DropAction[], Partial<DropState> | Record<string, unknown>]>([
    [
      'a sample answer for an earlier file',
      [sniffing, { type: 'file-chosen', file, requestId: 3 }, sampled],
      { phase: 'sniffing', requestId: 3 },
    ],
    [
      'progress of a parse that is no longer running',
      [
        sniffing,
        sampled,
        running,
        { type: 'worker-event', event: { type: 'progress', parseId: 9, progress } },
      ],
      {
        pass: {
          status: 'running',
          parseId: 2,
          progress: { rows: 0, bytes: 0, malformedRows: 0, blankLines: 0 },
        },
      },
    ],
    [
      'a crash of an earlier parse',
      [
        sniffing,
        sampled,
        running,
        { type: 'worker-event', event: { type: 'crashed', parseId: 1, message: 'x' } },
      ],
      { pass: expect.objectContaining({ status: 'running' }) },
    ],
  ])('%s', (_name, actions, expected) => {
    expect(run(...actions)).toMatchObject(expected);
  });

  it('keeps the progress of the running parse, and a crash of it ends the pass', () => {
    const state = run(sniffing, sampled, running, {
      type: 'worker-event',
      event: { type: 'progress', parseId: 2, progress },
    });
    expect(state).toMatchObject({ pass: { status: 'running', progress } });
    expect(
      dropReducer(state, {
        type: 'worker-event',
        event: { type: 'crashed', parseId: 2, message: 'gone' },
      }),
    ).toMatchObject({ pass: { status: 'crashed', message: 'gone' } });
  });

  it('starts no pass twice and none before the sample is read', () => {
    expect(run(sniffing, running)).toMatchObject({ phase: 'sniffing' });
    const started = run(sniffing, sampled, running);
    expect(dropReducer(started, { type: 'pass-started', parseId: 7 })).toBe(started);
  });
});

describe('handing the pass over to the check', () => {
  const header: DropAction = {
    type: 'worker-event',
    event: { type: 'header', parseId: 2, header: ['Name'], problems: [] },
  };
  const handedOver: DropAction = { type: 'handed-over' };

  it('waits for the header: the parent reads it from this state', () => {
    expect(run(sniffing, sampled, running, handedOver)).toMatchObject({
      pass: { status: 'running' },
    });
    expect(run(sniffing, sampled, running, header, handedOver)).toMatchObject({
      pass: { status: 'elsewhere', parseId: 2 },
    });
  });

  it('ignores the stopped pass, then ends with the adopted summary or starts again', () => {
    const late: DropAction = {
      type: 'worker-event',
      event: { type: 'progress', parseId: 2, progress },
    };
    const elsewhere = run(sniffing, sampled, running, header, handedOver, late);
    expect(elsewhere).toMatchObject({ pass: { status: 'elsewhere' } });
    expect(dropReducer(elsewhere, { type: 'reclaimed' })).toMatchObject({
      pass: { status: 'ready' },
    });
    const summary = {
      status: 'complete' as const,
      header: ['Name'],
      headerProblems: [],
      problems: [],
      rows: 1,
      bytes: 9,
      blankLines: 0,
      malformed: [],
      malformedCount: 0,
      rowOffsets: Float64Array.from([5]),
    };
    expect(dropReducer(elsewhere, { type: 'adopted', summary })).toMatchObject({
      pass: { status: 'done', parseId: 2, summary },
    });
    const stillRunning = run(sniffing, sampled, running, header);
    expect(dropReducer(stillRunning, { type: 'adopted', summary })).toBe(stillRunning);
    expect(dropReducer(stillRunning, { type: 'reclaimed' })).toBe(stillRunning);
  });
});
