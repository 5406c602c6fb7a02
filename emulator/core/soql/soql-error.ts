/**
 * SOQL errors as Salesforce words them (400, `[{message, errorCode}]`): the message quotes the
 * offending line with a caret, then `ERROR at Row:r:Column:c`, then the reason.
 */
import type { SourcePosition } from './soql-ast';

export type SoqlErrorCode =
  | 'MALFORMED_QUERY'
  | 'INVALID_FIELD'
  | 'INVALID_TYPE'
  | 'INVALID_QUERY_FILTER_OPERATOR'
  | 'INVALID_QUERY_LOCATOR';

export class SoqlError extends Error {
  readonly errorCode: SoqlErrorCode;

  constructor(errorCode: SoqlErrorCode, message: string) {
    super(message);
    this.name = 'SoqlError';
    this.errorCode = errorCode;
  }
}

/** A message pointing at a place in the query. */
export function pointAt(source: string, position: SourcePosition, reason: string): string {
  const line = source.split(/\r?\n/)[position.row - 1] ?? '';
  const caret = `${' '.repeat(Math.max(0, position.column - 1))}^`;
  return `\n${line}\n${caret}\nERROR at Row:${position.row}:Column:${position.column}\n${reason}`;
}

export function soqlErrorAt(
  errorCode: SoqlErrorCode,
  source: string,
  position: SourcePosition,
  reason: string,
): SoqlError {
  return new SoqlError(errorCode, pointAt(source, position, reason));
}

export const SOQL_REASONS = {
  noSuchColumn: (field: string, entity: string) =>
    `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  badRelationship: (name: string) =>
    `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
  unsupportedType: (name: string) =>
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
  unexpectedToken: (text: string) => `unexpected token: '${text}'`,
  notFilterable: (field: string) => `field '${field}' can not be filtered in a query call`,
  notSortable: (field: string) => `field '${field}' can not be sorted in a query call`,
  filterType: (field: string, type: string, quoted: boolean) =>
    `value of filter criterion for field '${field}' must be of type ${type} and should ${quoted ? '' : 'not '}be enclosed in quotes`,
  invalidId: (value: string) => `invalid ID field: ${value}`,
  notSupported: (feature: string) => `${feature} is not supported by the Forklift demo org`,
} as const;
