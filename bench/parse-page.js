// Plain JS on purpose: bench/ is type-checked as Node code, and this entry imports the app's TSX.
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.css';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DropStep } from '../src/features/upload/drop-step';

createRoot(document.getElementById('root')).render(
  createElement(StrictMode, null, createElement(DropStep, { onFileChange() {}, onParsed() {} })),
);

/** The baselines, each on the same File in a bare module worker (bench/parse-baseline-worker.ts). */
for (const [id, mode] of [
  ['baseline-file', 'papaparse'],
  ['read-file', 'read'],
]) {
  document.getElementById(id).addEventListener('change', (event) => {
    const file = event.target.files[0];
    const worker = new Worker(new URL('./parse-baseline-worker.ts', import.meta.url), {
      type: 'module',
      name: `baseline-${mode}`,
    });
    worker.onmessage = (message) => {
      window.__baselineResult = { ...message.data, doneAt: performance.now() };
      worker.terminate();
    };
    worker.postMessage({ mode, file, delimiter: ',', newline: '\n' });
  });
}
