import type { CsvProblem } from '../../csv/csv-problem';
import type { SupportedEncoding } from '../../csv/encodings';
import type { ParseProgress, ParseSummary } from '../../csv/parse-stream';
import type { EncodingGuess } from '../../csv/sniff-encoding';
import type { ParseEvent } from '../../workers/parse-protocol';
import type { SampleOutcome, SampleReading } from '../../workers/read-sample';

/** The full pass over the file, in the worker. */
export type PassState =
  /** Not started: the user must confirm the encoding, or the first bytes are already invalid. */
  | { status: 'waiting'; reason: 'confirm-encoding' | 'invalid-sample' }
  /** The first bytes are being read again in the encoding the user picked. */
  | { status: 'rereading'; requestId: number; encoding: SupportedEncoding }
  /** Nothing stops it: the session starts it next. */
  | { status: 'ready' }
  | { status: 'running'; parseId: number; progress: ParseProgress }
  | { status: 'done'; parseId: number; summary: ParseSummary }
  /** Handed over: the check pass reads the rest of the file and brings its summary (decision 0022). */
  | { status: 'elsewhere'; parseId: number }
  | { status: 'crashed'; message: string };

export interface ReadState {
  phase: 'read';
  file: File;
  guess: EncodingGuess;
  reading: SampleReading;
  pass: PassState;
  /** The header as the full pass read it, with its problems. */
  header: { names: string[]; problems: CsvProblem[] } | null;
  firstRows: string[][] | null;
}

export type DropState =
  | { phase: 'empty' }
  | { phase: 'sniffing'; file: File; requestId: number }
  | { phase: 'unusable'; file: File; problem: CsvProblem }
  /** The worker broke before the first bytes were read. */
  | { phase: 'crashed'; file: File; message: string }
  | ReadState;

export type DropAction =
  | { type: 'file-chosen'; file: File; requestId: number }
  | { type: 'encoding-chosen'; encoding: SupportedEncoding; requestId: number }
  | { type: 'encoding-confirmed' }
  | { type: 'pass-started'; parseId: number }
  | { type: 'handed-over' }
  | { type: 'adopted'; summary: ParseSummary }
  | { type: 'reclaimed' }
  | { type: 'worker-event'; event: ParseEvent };

export const EMPTY_DROP_STATE: DropState = { phase: 'empty' };

const NO_PROGRESS: ParseProgress = { rows: 0, bytes: 0, malformedRows: 0, blankLines: 0 };

/** A guess that needs confirming waits for the user; an encoding the user chose does not. */
function passFor(reading: SampleReading, guess: EncodingGuess, chosen: boolean): PassState {
  if (reading.problem !== null) return { status: 'waiting', reason: 'invalid-sample' };
  if (guess.needsConfirmation && !chosen) return { status: 'waiting', reason: 'confirm-encoding' };
  return { status: 'ready' };
}

function onSample(state: DropState, requestId: number, outcome: SampleOutcome): DropState {
  if (state.phase === 'sniffing' && state.requestId === requestId) {
    if (outcome.kind === 'unusable')
      return { phase: 'unusable', file: state.file, problem: outcome.problem };
    const { guess, reading } = outcome;
    const pass = passFor(reading, guess, false);
    return { phase: 'read', file: state.file, guess, reading, pass, header: null, firstRows: null };
  }
  if (state.phase !== 'read') return state;
  if (state.pass.status !== 'rereading' || state.pass.requestId !== requestId) return state;
  // The same bytes read before, so they cannot turn unusable now; keep the state if they did.
  if (outcome.kind === 'unusable') return state;
  return { ...state, reading: outcome.reading, pass: passFor(outcome.reading, state.guess, true) };
}

function onCrash(state: DropState, id: number, message: string): DropState {
  if (state.phase === 'sniffing' && state.requestId === id)
    return { phase: 'crashed', file: state.file, message };
  if (state.phase !== 'read') return state;
  const { pass } = state;
  const matches =
    (pass.status === 'running' && pass.parseId === id) ||
    (pass.status === 'rereading' && pass.requestId === id);
  return matches ? { ...state, pass: { status: 'crashed', message } } : state;
}

function onParseEvent(state: DropState, event: ParseEvent): DropState {
  switch (event.type) {
    case 'sample':
      return onSample(state, event.requestId, event.outcome);
    case 'crashed':
      return onCrash(state, event.parseId, event.message);
    default:
  }
  if (state.phase !== 'read') return state;
  const { pass } = state;
  if (pass.status !== 'running' || pass.parseId !== event.parseId) return state;
  switch (event.type) {
    case 'header':
      return { ...state, header: { names: event.header, problems: event.problems } };
    case 'first-rows':
      return { ...state, firstRows: event.rows };
    case 'progress':
      return { ...state, pass: { ...pass, progress: event.progress } };
    case 'done':
      return { ...state, pass: { status: 'done', parseId: pass.parseId, summary: event.summary } };
    default:
      return event satisfies never;
  }
}

/** The drop step's state: pure, so every transition is tested without a browser. */
export function dropReducer(state: DropState, action: DropAction): DropState {
  switch (action.type) {
    case 'file-chosen':
      return { phase: 'sniffing', file: action.file, requestId: action.requestId };
    case 'encoding-chosen':
      if (state.phase !== 'read') return state;
      return {
        ...state,
        pass: { status: 'rereading', requestId: action.requestId, encoding: action.encoding },
        header: null,
        firstRows: null,
      };
    case 'encoding-confirmed':
      if (state.phase !== 'read' || state.pass.status !== 'waiting') return state;
      return { ...state, pass: passFor(state.reading, state.guess, true) };
    case 'pass-started':
      if (state.phase !== 'read' || state.pass.status !== 'ready') return state;
      return {
        ...state,
        pass: { status: 'running', parseId: action.parseId, progress: NO_PROGRESS },
      };
    case 'worker-event':
      return onParseEvent(state, action.event);
    default:
      return onHandOver(state, action);
  }
}

/** The pass handed over to another reader of the same file, and its end (decision 0022). */
function onHandOver(
  state: DropState,
  action: Extract<DropAction, { type: 'handed-over' | 'adopted' | 'reclaimed' }>,
): DropState {
  if (state.phase !== 'read') return state;
  const { pass } = state;
  switch (action.type) {
    case 'handed-over':
      // Only once the header is in: the parent reads the file's header from this state.
      if (pass.status !== 'running' || state.header === null) return state;
      return { ...state, pass: { status: 'elsewhere', parseId: pass.parseId } };
    case 'adopted':
      if (pass.status !== 'elsewhere') return state;
      return { ...state, pass: { status: 'done', parseId: pass.parseId, summary: action.summary } };
    case 'reclaimed':
      return pass.status === 'elsewhere' ? { ...state, pass: { status: 'ready' } } : state;
    default:
      return action satisfies never;
  }
}
