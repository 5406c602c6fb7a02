import { describe, expect, it } from 'vitest';
import type { Condition, SoqlQuery } from './soql-ast';
import { SoqlError } from './soql-error';
import { parseSoql } from './soql-parser';

const paths = (query: SoqlQuery) =>
  query.select.map((item) => (item.kind === 'count' ? 'COUNT()' : item.path.parts.join('.')));

function describeCondition(condition: Condition | undefined): string {
  if (!condition) return '';
  switch (condition.kind) {
    case 'and':
    case 'or':
      return `(${condition.operands.map(describeCondition).join(` ${condition.kind.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${describeCondition(condition.operand)}`;
    case 'compare':
      return `${condition.path.parts.join('.')} ${condition.operator} ${JSON.stringify(condition.value)}`;
    case 'in':
      return `${condition.path.parts.join('.')} ${condition.negated ? 'NOT IN' : 'IN'} ${JSON.stringify(condition.values)}`;
    default: {
      const unreachable: never = condition;
      return unreachable;
    }
  }
}

describe('parseSoql: what it reads', () => {
  it.each([
    ['SELECT Id, Name FROM Account', ['Id', 'Name'], 'Account', ''],
    ['select id from account', ['id'], 'account', ''],
    [
      'SELECT Id, Account.Name, Owner.Profile.Name FROM Contact',
      ['Id', 'Account.Name', 'Owner.Profile.Name'],
      'Contact',
      '',
    ],
    ['SELECT COUNT() FROM Lead', ['COUNT()'], 'Lead', ''],
    [
      "SELECT Id FROM Account WHERE Name = 'Acme'",
      ['Id'],
      'Account',
      'Name = {"kind":"string","value":"Acme"}',
    ],
    [
      "SELECT Id FROM Account WHERE Name = 'O\\'Brien\\\\'",
      ['Id'],
      'Account',
      'Name = {"kind":"string","value":"O\'Brien\\\\"}',
    ],
    [
      "SELECT Id FROM Account WHERE Type IN ('A', 'B')",
      ['Id'],
      'Account',
      'Type IN [{"kind":"string","value":"A"},{"kind":"string","value":"B"}]',
    ],
    [
      "SELECT Id FROM Account WHERE Type NOT IN ('A')",
      ['Id'],
      'Account',
      'Type NOT IN [{"kind":"string","value":"A"}]',
    ],
    [
      'SELECT Id FROM Organization WHERE IsSandbox = TRUE',
      ['Id'],
      'Organization',
      'IsSandbox = {"kind":"boolean","value":true}',
    ],
    [
      'SELECT Id FROM Account WHERE ParentId = null',
      ['Id'],
      'Account',
      'ParentId = {"kind":"null"}',
    ],
    [
      'SELECT Id FROM Account WHERE AnnualRevenue >= -1.5',
      ['Id'],
      'Account',
      'AnnualRevenue >= {"kind":"number","value":-1.5}',
    ],
    ['SELECT Id FROM Account WHERE Name <> null', ['Id'], 'Account', 'Name != {"kind":"null"}'],
    [
      'SELECT Id FROM Case WHERE ClosedDate = 2024-01-31',
      ['Id'],
      'Case',
      'ClosedDate = {"kind":"date","value":"2024-01-31"}',
    ],
    [
      'SELECT Id FROM Case WHERE CreatedDate > 2024-01-31T10:00:00Z',
      ['Id'],
      'Case',
      'CreatedDate > {"kind":"datetime","value":"2024-01-31T10:00:00Z"}',
    ],
    [
      "SELECT Id FROM Account WHERE Name LIKE 'Ac%'",
      ['Id'],
      'Account',
      'Name LIKE {"kind":"string","value":"Ac%"}',
    ],
    [
      "SELECT Id FROM Account WHERE A = 'x' AND B = 'y' AND C = 'z'",
      ['Id'],
      'Account',
      '(A = {"kind":"string","value":"x"} AND B = {"kind":"string","value":"y"} AND C = {"kind":"string","value":"z"})',
    ],
    [
      "SELECT Id FROM Account WHERE A = 'x' AND (B = 'y' OR NOT C = 'z')",
      ['Id'],
      'Account',
      '(A = {"kind":"string","value":"x"} AND (B = {"kind":"string","value":"y"} OR NOT C = {"kind":"string","value":"z"}))',
    ],
  ])('%s', (text, fields, from, where) => {
    const query = parseSoql(text);
    expect(paths(query)).toEqual(fields);
    expect(query.from.name).toBe(from);
    expect(describeCondition(query.where)).toBe(where);
  });

  it('reads ORDER BY with directions and NULLS, LIMIT and OFFSET', () => {
    const query = parseSoql(
      'SELECT Id FROM Account a ORDER BY Name DESC, Industry NULLS LAST, Id LIMIT 10 OFFSET 5',
    );
    expect(query.from.alias).toBe('a');
    expect(query.orderBy.map((o) => [o.path.parts.join('.'), o.direction, o.nulls])).toEqual([
      ['Name', 'DESC', 'LAST'],
      ['Industry', 'ASC', 'LAST'],
      ['Id', 'ASC', 'FIRST'],
    ]);
    expect([query.limit, query.offset]).toEqual([10, 5]);
  });

  it('knows where each field path starts, across lines', () => {
    const query = parseSoql('SELECT Id,\n  Name\nFROM Account');
    const name = query.select[1];
    expect(name?.kind === 'field' && name.path.position).toEqual({ row: 2, column: 3 });
    expect(query.from.position).toEqual({ row: 3, column: 6 });
  });
});

describe('parseSoql: what it refuses', () => {
  it.each([
    [
      'SELECT Id FRM Account',
      'MALFORMED_QUERY',
      "ERROR at Row:1:Column:11\nunexpected token: 'FRM'",
    ],
    ['SELECT Id FROM', 'MALFORMED_QUERY', "unexpected token: '<EOF>'"],
    ['SELECT FROM Account', 'MALFORMED_QUERY', 'ERROR at Row:1:Column:13'],
    ["SELECT Id FROM Account WHERE Name = 'open", 'MALFORMED_QUERY', 'unterminated string literal'],
    [
      "SELECT Id FROM Account WHERE A = 'x' AND B = 'y' OR C = 'z'",
      'MALFORMED_QUERY',
      "unexpected token: 'OR'",
    ],
    ['SELECT Id FROM Account LIMIT -1', 'MALFORMED_QUERY', 'unexpected token'],
    [
      'SELECT Id FROM Account WHERE CreatedDate = TODAY',
      'MALFORMED_QUERY',
      'not supported by the Forklift demo org',
    ],
    ['SELECT COUNT(Id) FROM Account', 'MALFORMED_QUERY', 'COUNT(field) is not supported'],
    [
      'SELECT Id, (SELECT Id FROM Contacts) FROM Account',
      'MALFORMED_QUERY',
      'A subquery is not supported',
    ],
    ['SELECT Industry FROM Account GROUP BY Industry', 'MALFORMED_QUERY', 'GROUP is not supported'],
    ['SELECT Id FROM Account WHERE Name # 1', 'MALFORMED_QUERY', "unexpected token: '#'"],
  ])('%s', (text, errorCode, message) => {
    let caught: unknown;
    try {
      parseSoql(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SoqlError);
    expect((caught as SoqlError).errorCode).toBe(errorCode);
    expect((caught as SoqlError).message).toContain(message);
  });

  it('quotes the line and points at the token, as Salesforce does', () => {
    expect(() => parseSoql('SELECT Id FRM Account')).toThrow(
      "\nSELECT Id FRM Account\n          ^\nERROR at Row:1:Column:11\nunexpected token: 'FRM'",
    );
  });
});
