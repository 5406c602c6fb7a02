/**
 * A Contact insert for the prepare worker's tests, against the demo org's describe (the schema
 * the emulator serves, checked against real captures): columns, a mapping, and CSV Files with
 * good and bad rows.
 */
import {
  globalDescribeResponse,
  sobjectDescribeResponse,
} from '../../../emulator/core/schema/describe-response';
import { createOrgSchema } from '../../../emulator/core/schema/org-schema';
import type { LoadMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import type { CloneablePreflightSetup, PrepareFileFields } from '../prepare-protocol';

const VERSION = '62.0';

export function demoOrgDescribe(object: string): SObjectDescribe {
  const schema = createOrgSchema();
  const found = schema.getObject(object);
  if (!found) throw new Error(`The demo org has no ${object}`);
  return sobjectDescribeResponse(found, VERSION) as unknown as SObjectDescribe;
}

export function demoOrgKeyPrefixes(): [string, string][] {
  return globalDescribeResponse(createOrgSchema(), VERSION).sobjects.flatMap((o) =>
    o.keyPrefix ? [[o.name, o.keyPrefix] as [string, string]] : [],
  );
}

export const CONTACT_HEADER = ['Last Name', 'Email', 'Lead Source', 'Birthdate', 'Account'];
export const COLUMN = { lastName: 0, email: 1, leadSource: 2, birthdate: 3, account: 4 } as const;
export const ACCOUNT_A = '001000000000001AAA';
export const ACCOUNT_B = '001000000000002AAA';

export function contactInsertMapping(): LoadMapping {
  const fields = ['LastName', 'Email', 'LeadSource', 'Birthdate', 'AccountId'];
  return {
    object: 'Contact',
    operation: 'insert',
    matchingField: null,
    constants: [],
    columns: fields.map((field, column) => ({
      column,
      header: CONTACT_HEADER[column] ?? field,
      mapping: { kind: 'field', field },
      blankPolicy: 'leave-unchanged',
    })),
  };
}

export function contactSetup(valueMap: ValueMapEntry[] = []): CloneablePreflightSetup {
  return {
    describe: demoOrgDescribe('Contact'),
    mapping: contactInsertMapping(),
    formats: [[COLUMN.birthdate, { kind: 'date', order: 'ymd' }]],
    keyPrefixes: demoOrgKeyPrefixes(),
    valueMap,
  };
}

/** One CSV row per entry: [last name, email, lead source, birthdate, account]. */
export function csvFile(rows: readonly (readonly string[])[], name = 'contacts.csv'): File {
  const lines = [CONTACT_HEADER, ...rows].map((row) => `${row.join(',')}\n`);
  return new File(lines, name, { type: 'text/csv' });
}

/** A good row with a unique name. */
export const goodRow = (i: number, account = ACCOUNT_A): string[] => [
  `Contact ${i}`,
  `contact${i}@example.com`,
  'Web',
  '1990-01-15',
  account,
];

export function fileFields(file: File, setup: CloneablePreflightSetup): PrepareFileFields {
  return {
    file,
    encoding: 'utf-8',
    leadingBytes: 0,
    dialect: { delimiter: ',', quoteChar: '"', newline: '\n' },
    setup,
  };
}
