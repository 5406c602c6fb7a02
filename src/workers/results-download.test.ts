import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../csv/parse-records';
import { RowOutcomesBuilder } from '../load/reconcile/row-outcomes-builder';
import { OUTCOME } from '../load/reconcile/row-outcomes';
import { runDownload, RESULT_COLUMNS } from './results-download';
import type { DownloadKind } from './results-protocol';
import { scenarioRecipe } from './test-support/results-load';

const DIALECT = { delimiter: ';', quoteChar: '"', newline: '\r\n' } as const;
const HEADER = ['Name', 'Formula', 'Note'];
const ROWS = [
  ['Ada', '=1+1', 'plain'],
  ['Bob', '+33 1 23', 'a;b'],
  ['Cy', '@SUM(A1)', '-5'],
  ['Di', 'ok', 'two\r\nlines'],
];
const file = new File(
  [
    `\uFEFF${[HEADER, ...ROWS].map((r) => r.map((c) => (/[;\r\n]/.test(c) ? `"${c}"` : c)).join(';')).join('\r\n')}\r\n`,
  ],
  'people.csv',
);
const recipe = scenarioRecipe({ dialect: DIALECT, leadingBytes: 3 });

function outcomes() {
  const builder = new RowOutcomesBuilder(4);
  const job = builder.registerJob('750000000000001AAA');
  const base = { created: true, error: '', ambiguous: false };
  builder.setResult(0, job, { ...base, status: OUTCOME.succeeded, sfId: '003000000000001AAA' });
  builder.setResult(1, job, {
    ...base,
    status: OUTCOME.failed,
    sfId: '',
    error: 'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --',
  });
  builder.setResult(2, job, { ...base, status: OUTCOME.unprocessed, sfId: '' });
  builder.markExcluded(3);
  return builder.toOutcomes();
}

async function download(kind: DownloadKind, neutraliseFormulas: boolean) {
  const pass = runDownload(
    {
      file,
      recipe,
      outcomes: outcomes(),
      kind,
      neutraliseFormulas,
      rowEdits: [{ row: 1, column: 0, value: 'Bobby' }],
    },
    () => undefined,
  );
  const end = await pass.done;
  if (end.status !== 'done') throw new Error(`download ${end.status}`);
  const bytes = new Uint8Array(await end.blob.arrayBuffer());
  expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsvRecords(new TextDecoder().decode(bytes), DIALECT);
}

describe('the results downloads', () => {
  it('adds the results columns in the file’s dialect, neutralising formulas when asked', async () => {
    expect(await download('with-results', true)).toEqual([
      [...HEADER, ...RESULT_COLUMNS],
      ['Ada', "'=1+1", 'plain', 'Succeeded', '003000000000001AAA', 'true', ''],
      [
        'Bobby',
        "'+33 1 23",
        'a;b',
        'Failed',
        '',
        '',
        'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --',
      ],
      ['Cy', "'@SUM(A1)", "'-5", 'Unprocessed', '', '', ''],
      ['Di', 'ok', 'two\r\nlines', 'Excluded', '', '', ''],
    ]);
    expect((await download('with-results', false))[1]).toEqual([
      'Ada',
      '=1+1',
      'plain',
      'Succeeded',
      '003000000000001AAA',
      'true',
      '',
    ]);
  });

  it('never neutralises the files meant to be loaded again', async () => {
    expect(await download('failed', true)).toEqual([
      [...HEADER, 'Error'],
      [
        'Bobby',
        '+33 1 23',
        'a;b',
        'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --',
      ],
    ]);
    expect(await download('unprocessed', true)).toEqual([HEADER, ['Cy', '@SUM(A1)', '-5']]);
  });
});
