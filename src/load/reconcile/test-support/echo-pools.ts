/**
 * Values for the join's property tests, per field type: the spellings a file may upload and the
 * ways an org may echo each one in a results file (the demo org's own `echoValue`, and what a
 * real org may do on top: Ids in 18 characters, dateTimes in UTC, trimmed text, LF for CRLF).
 */
import { echoValue } from '../../../../emulator/core/ingest/salesforce-choices';
import type { DescribeField } from '../../../../emulator/core/schema/types';
import type { FieldType } from '../../describe-types';

/** One value of a type: the spellings a file may upload, and how an org may echo it. */
export interface PoolValue {
  spellings: string[];
  echoes: string[];
}

const sfEcho = (type: FieldType, raw: string): string => echoValue(raw, { type } as DescribeField);

const numbers = (type: FieldType, values: number[]): PoolValue[] =>
  values.map((n) => {
    const spellings = [String(n), n.toFixed(4)];
    return { spellings, echoes: spellings.map((s) => sfEcho(type, s)) };
  });

/** A 15-character Id and its 18-character form (case-suffix computed). */
export function idPair(serial: number): [string, string] {
  const id15 = `001Ab${String(serial).padStart(10, '0')}`;
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(block * 5 + i);
      if (c >= 0x41 && c <= 0x5a) bits |= 1 << i;
    }
    suffix += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'.charAt(bits);
  }
  return [id15, id15 + suffix];
}

export const POOLS: Partial<Record<FieldType, PoolValue[]>> = {
  string: [
    ...['', 'a', 'A', 'x,y', 'é"q'].map((s) => ({ spellings: [s], echoes: [s] })),
    // An org that trims what it saves, or keeps the file's CRLF: the join takes both.
    { spellings: [' b', 'b'], echoes: ['b', ' b'] },
    { spellings: ['l1\r\nl2'], echoes: ['l1\nl2', 'l1\r\nl2'] },
  ],
  double: numbers('double', [0, 1, 1.5, 912260031, 0.0001, 1e7, -3.25, 12345678.9]),
  currency: numbers('currency', [2676, 0.5, 1e9]),
  int: [0, 7, 2676].map((n) => ({ spellings: [String(n)], echoes: [String(n)] })),
  boolean: [
    { spellings: ['true', 'TRUE', '1'], echoes: ['true'] },
    { spellings: ['false', '0'], echoes: ['false'] },
  ],
  reference: [1, 2, 3].map((n) => {
    const [id15, id18] = idPair(n);
    return { spellings: [id15, id18], echoes: [id15, id18] };
  }),
  date: [
    { spellings: ['2024-01-01'], echoes: ['2024-01-01', '2024-01-01Z'] },
    { spellings: ['1940-06-07'], echoes: ['1940-06-07'] },
  ],
  datetime: [
    {
      spellings: ['2002-10-10T12:00:00+05:00', '2002-10-10T07:00:00Z'],
      echoes: ['2002-10-10T07:00:00.000Z', '2002-10-10T12:00:00+05:00'],
    },
    { spellings: ['2020-02-29T23:30:00-01:00'], echoes: ['2020-03-01T00:30:00.000Z'] },
  ],
};
