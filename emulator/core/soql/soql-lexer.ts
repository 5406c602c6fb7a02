/**
 * Splits a SOQL query into tokens that remember where they started (for Salesforce-style
 * "ERROR at Row:1:Column:8" messages).
 */
import type { SourcePosition } from './soql-ast';
import { SoqlError, SOQL_REASONS, soqlErrorAt } from './soql-error';

export type TokenKind = 'word' | 'string' | 'number' | 'date' | 'datetime' | 'symbol' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Words keep their spelling; strings hold the unescaped value. */
  text: string;
  position: SourcePosition;
}

const WORD = /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})/y;
const DATE = /\d{4}-\d{2}-\d{2}(?![\d:T])/y;
const NUMBER = /-?(\d+(\.\d*)?|\.\d+)/y;
const SYMBOLS = ['!=', '<>', '<=', '>=', '=', '<', '>', ',', '(', ')'];
const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
};

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let row = 1;
  let lineStart = 0;
  const positionOf = (at: number): SourcePosition => ({ row, column: at - lineStart + 1 });

  const matchAt = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = index;
    return pattern.exec(source)?.[0];
  };

  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '\n') {
      index += 1;
      row += 1;
      lineStart = index;
      continue;
    }
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const position = positionOf(index);
    if (char === "'") {
      const { value, end } = readString(source, index, position);
      tokens.push({ kind: 'string', text: value, position });
      index = end;
      continue;
    }
    const datetime = matchAt(DATETIME);
    const date = datetime ? undefined : matchAt(DATE);
    const number = datetime || date ? undefined : matchAt(NUMBER);
    const word = matchAt(WORD);
    const symbol = SYMBOLS.find((s) => source.startsWith(s, index));
    const [kind, text] = datetime
      ? (['datetime', datetime] as const)
      : date
        ? (['date', date] as const)
        : number
          ? (['number', number] as const)
          : word
            ? (['word', word] as const)
            : symbol
              ? (['symbol', symbol] as const)
              : [undefined, undefined];
    if (!kind) {
      throw soqlErrorAt('MALFORMED_QUERY', source, position, SOQL_REASONS.unexpectedToken(char));
    }
    tokens.push({ kind, text, position });
    index += text.length;
  }
  tokens.push({ kind: 'eof', text: '<EOF>', position: positionOf(index) });
  return tokens;
}

function readString(source: string, start: number, position: SourcePosition) {
  let value = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === "'") return { value, end: index + 1 };
    if (char === '\\') {
      const next = source.charAt(index + 1);
      // \_ and \% stay escaped: they only mean something to LIKE.
      value += next === '_' || next === '%' ? `\\${next}` : (ESCAPES[next] ?? next);
      index += 2;
      continue;
    }
    value += char;
    index += 1;
  }
  throw new SoqlError(
    'MALFORMED_QUERY',
    `\n${source}\nERROR at Row:${position.row}:Column:${position.column}\nunterminated string literal`,
  );
}
