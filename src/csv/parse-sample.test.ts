import { describe, expect, it } from 'vitest';
import { parseCsvSample } from './parse-sample';

const comma = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;

describe('parseCsvSample gives the header and first rows at once', () => {
  it.each([
    [
      'a whole small file',
      'A,B\n1,2\n3,4\n',
      false,
      10,
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['a sample whose last row is cut off', 'A,B\n1,2\n3,"fo', true, 10, [['1', '2']]],
    [
      'a sample longer than the rows asked for',
      'A,B\n1,2\n3,4\n5,6\n7,8\n',
      true,
      2,
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['blank lines and a BOM', '\uFEFFA,B\n\n1,2\n', false, 10, [['1', '2']]],
  ])('%s', (_name, text, truncated, maxRows, rows) => {
    expect(parseCsvSample(text, comma, { truncated, maxRows })).toEqual({
      header: ['A', 'B'],
      rows,
    });
  });

  it('uses the sniffed dialect', () => {
    const sample = parseCsvSample(
      "'A';'B'\r\n'x;y';'it''s'\r\n",
      { delimiter: ';', quoteChar: "'", newline: '\r\n' },
      { truncated: false },
    );
    expect(sample.rows).toEqual([['x;y', "it's"]]);
  });
});
