import type { CsvProblem } from '../../csv/csv-problem';
import type { DropState, ReadState } from './drop-state';
import type { CsvPreview, ParsedCsv } from './parsed-csv';

/** How the file is read, from the sample reading the user settled on. */
function readingOf(state: ReadState) {
  const { file, reading } = state;
  return {
    file,
    encoding: reading.encoding,
    leadingBytes: reading.leadingBytes,
    dialect: reading.dialect,
  };
}

/** The header and first rows, once the encoding is settled (the full pass has started). */
export function previewOf(state: DropState): CsvPreview | null {
  if (state.phase !== 'read') return null;
  const { status } = state.pass;
  if (status !== 'running' && status !== 'elsewhere' && status !== 'done') return null;
  const { sample } = state.reading;
  return { ...readingOf(state), header: sample.header, rows: sample.rows };
}

/** Every problem found so far, in the order a reader needs them: file, encoding, header. */
export function problemsOf(state: DropState): CsvProblem[] {
  switch (state.phase) {
    case 'empty':
    case 'sniffing':
    case 'crashed':
      return [];
    case 'unusable':
      return [state.problem];
    case 'read': {
      const { pass } = state;
      const sampleProblem = state.reading.problem === null ? [] : [state.reading.problem];
      const header = pass.status === 'done' ? pass.summary.headerProblems : state.header?.problems;
      const file = pass.status === 'done' ? pass.summary.problems : [];
      return [...file, ...sampleProblem, ...(header ?? [])];
    }
    default:
      return state satisfies never;
  }
}

export const isBlocking = (problem: CsvProblem) => problem.severity === 'error';

/** The whole file read without a blocking problem: what the Map step works from. */
export function parsedCsvOf(state: DropState): ParsedCsv | null {
  if (state.phase !== 'read' || state.pass.status !== 'done') return null;
  const { summary } = state.pass;
  if (summary.status !== 'complete' || summary.header === null) return null;
  if (problemsOf(state).some(isBlocking)) return null;
  return {
    ...readingOf(state),
    header: summary.header,
    headerProblems: summary.headerProblems,
    firstRows: state.firstRows ?? [],
    rowCount: summary.rows,
    bytes: summary.bytes,
    blankLines: summary.blankLines,
    rowOffsets: summary.rowOffsets,
    malformed: summary.malformed,
    malformedCount: summary.malformedCount,
  };
}
