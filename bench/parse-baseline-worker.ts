/**
 * The baselines of `npm run bench:parse`, in a bare module worker:
 * - `papaparse`: papaparse reading the File itself (its own FileReader chunks), rows handed to a
 *   `chunk` callback that only counts them;
 * - `read`: `file.stream()` read to the end and nothing else, the memory floor of any reader.
 */
import Papa from 'papaparse';

export interface BaselineRequest {
  mode: 'papaparse' | 'read';
  file: File;
  delimiter: string;
  newline: '\n' | '\r\n';
}

export interface BaselineResult {
  /** Data rows papaparse counted (plus the empty line after the last break), or bytes read. */
  count: number;
  workerMs: number;
}

interface BaselineScope {
  onmessage: ((event: MessageEvent<BaselineRequest>) => void) | null;
  postMessage(message: BaselineResult): void;
}

const scope = self as unknown as BaselineScope;

function papaparse({ file, delimiter, newline }: BaselineRequest): Promise<number> {
  let rows = 0;
  return new Promise((resolve) =>
    Papa.parse<string[]>(file, {
      delimiter,
      newline,
      quoteChar: '"',
      chunk(results) {
        rows += results.data.length;
      },
      // The header row is counted by papaparse; the drop step counts data rows only.
      complete: () => resolve(rows - 1),
    }),
  );
}

async function readOnly({ file }: BaselineRequest): Promise<number> {
  const reader = file.stream().getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.length;
  }
}

scope.onmessage = async ({ data }) => {
  const started = performance.now();
  const count = await (data.mode === 'papaparse' ? papaparse(data) : readOnly(data));
  scope.postMessage({ count, workerMs: performance.now() - started });
};
