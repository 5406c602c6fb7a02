// Plain JS on purpose: bench/ is type-checked as Node code (tsconfig.node.json), and this entry
// imports the app's prepare worker client from src/. Built by `npm run bench:load` next to the
// console; bench/load-prepare.ts serves it in a page with one file input (#file) and calls these.
import { createPrepareWorkerClient } from '../src/features/preflight/prepare-worker-client';

const fileOf = () => {
  const file = document.getElementById('file').files[0];
  if (!file) throw new Error('No file was chosen');
  return file;
};

window.__benchLoad = {
  /** The console's prepare pass over the chosen File: worker start to the prepared plan. */
  async prepare(setup) {
    const file = fileOf();
    const client = createPrepareWorkerClient();
    const started = performance.now();
    const plan = await client.prepare({
      file,
      encoding: 'utf-8',
      leadingBytes: 0,
      dialect: { delimiter: ',', quoteChar: '"', newline: '\n' },
      setup,
      choice: { kind: 'exclude-error-rows' },
      trialRows: 0,
      sortByParent: false,
    });
    const ms = performance.now() - started;
    client.dispose();
    return {
      ms,
      rowCount: plan.rowCount,
      excludedRows: plan.excludedRows,
      jobs: plan.jobs.map((job) => ({ rows: job.rows, bytes: job.body.size })),
    };
  },
  /** The baseline: papaparse alone on the same File in a bare worker (bench/parse-baseline-worker.ts). */
  papaparse() {
    const file = fileOf();
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./parse-baseline-worker.ts', import.meta.url), {
        type: 'module',
        name: 'baseline-papaparse',
      });
      worker.onerror = (event) => reject(new Error(event.message || 'the worker did not start'));
      worker.onmessage = ({ data }) => {
        worker.terminate();
        resolve({ ms: performance.now() - started, rowCount: data.count });
      };
      worker.postMessage({ mode: 'papaparse', file, delimiter: ',', newline: '\n' });
    });
  },
};
