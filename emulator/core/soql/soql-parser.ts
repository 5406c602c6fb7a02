/**
 * Parses the demo org's SOQL subset (see soql-ast.ts). Anything else is a MALFORMED_QUERY that
 * points at the token, the way Salesforce answers a query it cannot read.
 */
import type {
  ComparisonOperator,
  Condition,
  FieldPath,
  Literal,
  OrderByItem,
  SelectItem,
  SoqlQuery,
} from './soql-ast';
import { SOQL_REASONS, soqlErrorAt } from './soql-error';
import { tokenize, type Token } from './soql-lexer';

const CLAUSE_WORDS = [
  'WHERE',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'GROUP',
  'HAVING',
  'WITH',
  'FOR',
  'USING',
];
const UNSUPPORTED_CLAUSES = ['GROUP', 'HAVING', 'WITH', 'FOR', 'USING'];
const COMPARISONS: readonly string[] = ['=', '!=', '<>', '<', '<=', '>', '>='];

export function parseSoql(source: string): SoqlQuery {
  const tokens = tokenize(source);
  let index = 0;
  const peek = (): Token => tokens[index] ?? tokens[tokens.length - 1]!;
  const next = (): Token => {
    const token = peek();
    if (token.kind !== 'eof') index += 1;
    return token;
  };
  const isWord = (token: Token, word: string) =>
    token.kind === 'word' && token.text.toUpperCase() === word;
  const isSymbol = (token: Token, symbol: string) =>
    token.kind === 'symbol' && token.text === symbol;
  const unexpected = (token: Token = peek()) =>
    soqlErrorAt(
      'MALFORMED_QUERY',
      source,
      token.position,
      SOQL_REASONS.unexpectedToken(token.text),
    );
  const unsupported = (token: Token, feature: string) =>
    soqlErrorAt('MALFORMED_QUERY', source, token.position, SOQL_REASONS.notSupported(feature));
  const expectWord = (word: string) => {
    const token = next();
    if (!isWord(token, word)) throw unexpected(token);
    return token;
  };
  const expectSymbol = (symbol: string) => {
    const token = next();
    if (!isSymbol(token, symbol)) throw unexpected(token);
  };
  const fieldPath = (): FieldPath => {
    const token = next();
    if (token.kind !== 'word') throw unexpected(token);
    return { parts: token.text.split('.'), position: token.position };
  };
  const wholeNumber = (): number => {
    const token = next();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw unexpected(token);
    return Number(token.text);
  };

  const selectItem = (): SelectItem => {
    const token = peek();
    if (isSymbol(token, '(')) throw unsupported(token, 'A subquery');
    if (token.kind === 'word' && isSymbol(tokens[index + 1] ?? token, '(')) {
      if (!isWord(token, 'COUNT')) throw unsupported(token, `${token.text}()`);
      next();
      expectSymbol('(');
      if (!isSymbol(peek(), ')')) throw unsupported(token, 'COUNT(field)');
      expectSymbol(')');
      return { kind: 'count', position: token.position };
    }
    if (isWord(token, 'TYPEOF')) throw unsupported(token, 'TYPEOF');
    return { kind: 'field', path: fieldPath() };
  };

  const literal = (): Literal => {
    const token = next();
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.text };
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'date':
        return { kind: 'date', value: token.text };
      case 'datetime':
        return { kind: 'datetime', value: token.text };
      case 'word': {
        const word = token.text.toUpperCase();
        if (word === 'TRUE' || word === 'FALSE') return { kind: 'boolean', value: word === 'TRUE' };
        if (word === 'NULL') return { kind: 'null' };
        throw unsupported(token, `The date literal or bind ${token.text}`);
      }
      case 'symbol':
      case 'eof':
        throw unexpected(token);
      default: {
        const unreachable: never = token.kind;
        return unreachable;
      }
    }
  };

  const comparison = (): Condition => {
    const path = fieldPath();
    const operatorToken = next();
    const negated = isWord(operatorToken, 'NOT');
    if (negated || isWord(operatorToken, 'IN')) {
      if (negated) expectWord('IN');
      const valuePosition = peek().position;
      expectSymbol('(');
      const values = [literal()];
      while (isSymbol(peek(), ',')) {
        next();
        values.push(literal());
      }
      expectSymbol(')');
      return { kind: 'in', path, negated, values, valuePosition };
    }
    let operator: ComparisonOperator;
    if (isWord(operatorToken, 'LIKE')) operator = 'LIKE';
    else if (operatorToken.kind === 'symbol' && COMPARISONS.includes(operatorToken.text)) {
      operator = operatorToken.text === '<>' ? '!=' : (operatorToken.text as ComparisonOperator);
    } else throw unexpected(operatorToken);
    const valuePosition = peek().position;
    return { kind: 'compare', path, operator, value: literal(), valuePosition };
  };

  const factor = (): Condition => {
    if (isWord(peek(), 'NOT')) {
      next();
      return { kind: 'not', operand: factor() };
    }
    if (isSymbol(peek(), '(')) {
      next();
      const inner = expression();
      expectSymbol(')');
      return inner;
    }
    return comparison();
  };

  // Salesforce refuses to mix AND and OR at one level without parentheses.
  const expression = (): Condition => {
    const first = factor();
    const connector = peek();
    if (!isWord(connector, 'AND') && !isWord(connector, 'OR')) return first;
    const kind = connector.text.toUpperCase() === 'AND' ? 'and' : 'or';
    const operands = [first];
    while (isWord(peek(), kind.toUpperCase())) {
      next();
      operands.push(factor());
    }
    if (isWord(peek(), 'AND') || isWord(peek(), 'OR')) throw unexpected();
    return { kind, operands };
  };

  const orderByItem = (): OrderByItem => {
    const path = fieldPath();
    let direction: OrderByItem['direction'] = 'ASC';
    if (isWord(peek(), 'ASC') || isWord(peek(), 'DESC')) {
      direction = next().text.toUpperCase() as OrderByItem['direction'];
    }
    let nulls: OrderByItem['nulls'] = direction === 'ASC' ? 'FIRST' : 'LAST';
    if (isWord(peek(), 'NULLS')) {
      next();
      const which = next();
      if (!isWord(which, 'FIRST') && !isWord(which, 'LAST')) throw unexpected(which);
      nulls = which.text.toUpperCase() as OrderByItem['nulls'];
    }
    return { path, direction, nulls };
  };

  expectWord('SELECT');
  const select = [selectItem()];
  while (isSymbol(peek(), ',')) {
    next();
    select.push(selectItem());
  }
  expectWord('FROM');
  const fromToken = next();
  if (fromToken.kind !== 'word' || fromToken.text.includes('.')) throw unexpected(fromToken);
  let alias: string | undefined;
  const afterFrom = peek();
  if (afterFrom.kind === 'word' && !CLAUSE_WORDS.includes(afterFrom.text.toUpperCase())) {
    alias = next().text;
  }
  const unsupportedClause = peek();
  if (
    unsupportedClause.kind === 'word' &&
    UNSUPPORTED_CLAUSES.includes(unsupportedClause.text.toUpperCase())
  ) {
    throw unsupported(unsupportedClause, unsupportedClause.text.toUpperCase());
  }
  let where: Condition | undefined;
  if (isWord(peek(), 'WHERE')) {
    next();
    where = expression();
  }
  const orderBy: OrderByItem[] = [];
  if (isWord(peek(), 'ORDER')) {
    next();
    expectWord('BY');
    orderBy.push(orderByItem());
    while (isSymbol(peek(), ',')) {
      next();
      orderBy.push(orderByItem());
    }
  }
  let limit: number | undefined;
  if (isWord(peek(), 'LIMIT')) {
    next();
    limit = wholeNumber();
  }
  let offset: number | undefined;
  if (isWord(peek(), 'OFFSET')) {
    next();
    offset = wholeNumber();
  }
  const rest = peek();
  if (rest.kind === 'word' && UNSUPPORTED_CLAUSES.includes(rest.text.toUpperCase())) {
    throw unsupported(rest, rest.text.toUpperCase());
  }
  if (rest.kind !== 'eof') throw unexpected(rest);
  return {
    source,
    select,
    from: { name: fromToken.text, alias, position: fromToken.position },
    where,
    orderBy,
    limit,
    offset,
  };
}
