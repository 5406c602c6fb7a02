import { useId, useImperativeHandle, useState, type Ref } from 'react';
import { ENCODING_LABELS } from '../../csv/encodings';
import type { ParseProgress, ParseSummary } from '../../csv/parse-stream';
import { CsvPreviewTable } from './csv-preview-table';
import { CsvProblemList } from './csv-problem-list';
import { DialectFacts } from './dialect-facts';
import { problemsOf } from './drop-outcome';
import type { DropCallbacks, DropSession } from './drop-session';
import type { DropState, ReadState } from './drop-state';
import { DropZone } from './drop-zone';
import { EncodingPicker } from './encoding-picker';
import { formatCount, formatMegabytes } from '../../lib/format-numbers';
import { MalformedRows } from './malformed-rows';
import { ParseProgressView } from './parse-progress';
import { useDropSession } from './use-drop-session';

export type DropStepProps = DropCallbacks & {
  /** For the parent: hand the reading of the file over to the check pass (decision 0022). */
  handOverRef?: Ref<ReadingHandOver | null>;
};

export type ReadingHandOver = Pick<DropSession, 'handOver' | 'adopt' | 'reclaim'>;

const count = formatCount;
const megabytes = formatMegabytes;
const rows = (n: number) => `${count(n)} ${n === 1 ? 'row' : 'rows'}`;

const crashedText = (message: string) =>
  `Forklift could not read the file (${message}). Reload the page and drop it again.`;

/** One sentence on where reading the file stands; a live region, so it is announced. */
function statusText(state: DropState): string {
  switch (state.phase) {
    case 'empty':
      return '';
    case 'sniffing':
      return `Reading the first rows of ${state.file.name}…`;
    case 'unusable':
      return `${state.file.name} cannot be loaded.`;
    case 'crashed':
      return crashedText(state.message);
    case 'read':
      return passStatusText(state);
    default:
      return state satisfies never;
  }
}

function passStatusText(state: ReadState): string {
  const { pass } = state;
  switch (pass.status) {
    case 'waiting':
      return pass.reason === 'confirm-encoding'
        ? 'Waiting for you to confirm the encoding.'
        : `The first bytes are not valid ${ENCODING_LABELS[state.reading.encoding]}.`;
    case 'ready':
    case 'running':
      return `Reading the whole file…`;
    case 'elsewhere':
      return 'Reading the whole file as part of the check below…';
    case 'rereading':
      return `Reading the first rows as ${ENCODING_LABELS[pass.encoding]}…`;
    case 'crashed':
      return crashedText(pass.message);
    case 'done': {
      const { summary } = pass;
      switch (summary.status) {
        case 'complete':
          return `Read ${rows(summary.rows)} (${megabytes(summary.bytes)}) from ${state.file.name}.${
            summary.blankLines > 0 ? ` ${count(summary.blankLines)} blank lines skipped.` : ''
          }`;
        case 'aborted':
          return `Stopped reading at row ${count(summary.rows)}. Drop the file again to read it to the end.`;
        case 'failed':
          return `Reading stopped at row ${count(summary.rows)}: see the problem below.`;
        default:
          return summary.status satisfies never;
      }
    }
    default:
      return pass satisfies never;
  }
}

function progressOf(summary: ParseSummary): ParseProgress {
  const { rows, bytes, blankLines, malformedCount } = summary;
  return { rows, bytes, blankLines, malformedRows: malformedCount };
}

function ReadFile(props: { state: ReadState; session: DropSession }) {
  const { state, session } = props;
  const { pass, reading } = state;
  return (
    <>
      {(pass.status === 'running' || pass.status === 'done') && (
        <ParseProgressView
          progress={pass.status === 'running' ? pass.progress : progressOf(pass.summary)}
          fileSize={state.file.size}
          finished={pass.status === 'done' && pass.summary.status === 'complete'}
        />
      )}
      {pass.status === 'running' && (
        <button type="button" className="slds-button slds-button_neutral" onClick={session.stop}>
          Stop reading
        </button>
      )}
      {pass.status === 'done' && (
        <MalformedRows rows={pass.summary.malformed} total={pass.summary.malformedCount} />
      )}
      <DialectFacts reading={reading} guess={state.guess} />
      <EncodingPicker
        reading={reading}
        guess={state.guess}
        awaitingConfirmation={pass.status === 'waiting' && pass.reason === 'confirm-encoding'}
        {...(pass.status === 'rereading' ? { chosen: pass.encoding } : {})}
        onChoose={session.chooseEncoding}
        onConfirm={session.confirmEncoding}
      />
      <CsvPreviewTable sample={reading.sample} fileName={state.file.name} />
    </>
  );
}

/**
 * Drop (design.md §1, step 2): pick or drop a CSV; the header and first rows show at once, the
 * whole file streams through the parse worker with live progress, and every problem is told as
 * what happened, what it means and what to do. The file itself goes to the parent, never copied.
 */
export function DropStep(props: DropStepProps) {
  const { session, state } = useDropSession(props);
  useImperativeHandle(
    props.handOverRef,
    () => ({ handOver: session.handOver, adopt: session.adopt, reclaim: session.reclaim }),
    [session],
  );
  const [othersIgnored, setOthersIgnored] = useState(0);
  const headingId = useId();
  const file = state.phase === 'empty' ? null : state.file;
  return (
    <section aria-labelledby={headingId} className="slds-m-bottom_large">
      <h2 id={headingId} className="slds-text-heading_medium slds-m-bottom_small">
        The CSV file to load
      </h2>
      <DropZone
        onFile={(dropped, others) => {
          setOthersIgnored(others);
          session.drop(dropped);
        }}
      />
      {file && (
        <p className="slds-m-top_small">
          <strong>{file.name}</strong> · {megabytes(file.size)}
        </p>
      )}
      {othersIgnored > 0 && (
        <p className="slds-text-color_weak">
          Forklift loads one file at a time, so only this one is read ({othersIgnored} other
          {othersIgnored > 1 ? ' files were' : ' file was'} left out).
        </p>
      )}
      <p role="status" className="slds-m-vertical_x-small">
        {statusText(state)}
      </p>
      <CsvProblemList problems={problemsOf(state)} />
      {state.phase === 'read' && <ReadFile state={state} session={session} />}
    </section>
  );
}
