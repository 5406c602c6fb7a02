/**
 * A sniffed dialect as papaparse's options: the delimiter, line ending and quote character set
 * explicitly (never guessed again), and the quote doubled as its own escape (RFC 4180). One
 * mapping for every parse: the stream, the sample, and rows read again by byte offset.
 */
import type { CsvDialect } from './sniff-dialect';

export function papaDialectOptions(
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>,
) {
  return {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: dialect.quoteChar,
    escapeChar: dialect.quoteChar,
  };
}
