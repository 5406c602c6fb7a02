/** Builds checkers over a list of columns for the preflight tests. */
import type { BlankPolicy, ColumnMapping, LoadMapping } from '../../column-mapping';
import type { SObjectDescribe } from '../../describe-types';
import type { Operation } from '../../operation-rules';
import type { ColumnFormat } from '../../value-formats';
import { PreflightChecker } from '../preflight-checker';
import type { PreflightProblem } from '../preflight-problem';
import type { ValueMapEntry } from '../value-map';

export const KEY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['Account', '001'],
  ['Contact', '003'],
  ['User', '005'],
  ['Group', '00G'],
]);
export const ACCOUNT_ID = '0015g00000AbCdEAAV';
export const CONTACT_ID = '0035g00000XyZaB';
export const USER_ID = '0055g00000Q1w2E';

export interface Column {
  header: string;
  mapping: ColumnMapping;
  blank?: BlankPolicy;
  format?: ColumnFormat;
}

export const field = (name: string, extra: Omit<Column, 'header' | 'mapping'> = {}): Column => ({
  header: name,
  mapping: { kind: 'field', field: name },
  ...extra,
});

export function checker(
  describe: SObjectDescribe,
  operation: Operation,
  columns: Column[],
  options: Partial<Pick<LoadMapping, 'matchingField' | 'constants'>> & {
    valueMap?: ValueMapEntry[];
  } = {},
): PreflightChecker {
  return new PreflightChecker({
    describe,
    mapping: {
      object: describe.name,
      operation,
      matchingField: options.matchingField ?? null,
      constants: options.constants ?? [],
      columns: columns.map((c, column) => ({
        column,
        header: c.header,
        mapping: c.mapping,
        blankPolicy: c.blank ?? 'leave-unchanged',
      })),
    },
    formats: new Map(
      columns.flatMap((c, column) => (c.format ? [[column, c.format] as const] : [])),
    ),
    keyPrefixes: KEY_PREFIXES,
    ...(options.valueMap ? { valueMap: options.valueMap } : {}),
  });
}

/** A problem as the tables write it: [rule, column, Salesforce code]. */
export type Seen = [PreflightProblem['rule'], number | null, PreflightProblem['salesforceCode']];

export const seen = (problems: readonly PreflightProblem[]): Seen[] =>
  problems.map((p) => [p.rule, p.column, p.salesforceCode]);
