/** Delimiter, quote character and line ending, sniffed from a decoded sample of the file. */
export type Delimiter = ',' | ';' | '\t' | '|' | '^' | '`';
export type QuoteChar = '"' | "'";
export type LineEnding = '\n' | '\r\n' | '\r';

export interface CsvDialect {
  delimiter: Delimiter;
  quoteChar: QuoteChar;
  newline: LineEnding;
  evidence: string[];
}

/** Bulk API 2.0's own column delimiters (salesforce-api.md §1.2), preferred in this order on ties. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|', '^', '`'];
export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  '^': 'caret',
  '`': 'backquote',
};
export const LINE_ENDING_NAMES: Readonly<Record<LineEnding, string>> = {
  '\n': 'LF',
  '\r\n': 'CRLF',
  '\r': 'CR',
};

const MAX_SAMPLE_RECORDS = 1000;

export interface RecordScan {
  /** Field count of each complete, non-empty record. */
  fieldCounts: number[];
  crlf: number;
  lf: number;
  cr: number;
}

/**
 * Splits a sample into records the way an RFC 4180 parser does: a quote opens a quoted field only
 * at the start of a field, and doubled quotes inside it are data. With `truncated`, the last
 * record (possibly cut off) is dropped.
 */
export function scanRecords(
  text: string,
  delimiter: string,
  quoteChar: string,
  truncated: boolean,
): RecordScan {
  const scan: RecordScan = { fieldCounts: [], crlf: 0, lf: 0, cr: 0 };
  let fields = 1;
  let recordLength = 0;
  let atFieldStart = true;
  let inQuotes = false;
  for (let i = 0; i < text.length && scan.fieldCounts.length < MAX_SAMPLE_RECORDS; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === quoteChar) {
        if (text[i + 1] === quoteChar) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        scan.crlf++;
      } else if (c === '\r') scan.cr++;
      else scan.lf++;
      if (recordLength > 0) scan.fieldCounts.push(fields);
      fields = 1;
      recordLength = 0;
      atFieldStart = true;
      continue;
    }
    recordLength++;
    if (atFieldStart && c === quoteChar) {
      inQuotes = true;
      atFieldStart = false;
    } else if (c === delimiter) {
      fields++;
      atFieldStart = true;
    } else atFieldStart = false;
  }
  if (!truncated && recordLength > 0 && !inQuotes) scan.fieldCounts.push(fields);
  return scan;
}

interface DelimiterScore {
  delimiter: Delimiter;
  fields: number;
  consistentRecords: number;
  records: number;
}

function modeOf(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  let best = { value: 1, count: 0 };
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > best.count || (n === best.count && v > best.value)) best = { value: v, count: n };
  }
  return best;
}

function scoreDelimiter(text: string, delimiter: Delimiter, truncated: boolean): DelimiterScore {
  const { fieldCounts } = scanRecords(text, delimiter, '"', truncated);
  const mode = modeOf(fieldCounts);
  return {
    delimiter,
    fields: mode.value,
    consistentRecords: mode.count,
    records: fieldCounts.length,
  };
}

function better(a: DelimiterScore, b: DelimiterScore): boolean {
  const shareA = a.records === 0 ? 0 : a.consistentRecords / a.records;
  const shareB = b.records === 0 ? 0 : b.consistentRecords / b.records;
  if (shareA !== shareB) return shareA > shareB;
  return a.fields > b.fields;
}

function describeScore(s: DelimiterScore): string {
  return `${DELIMITER_NAMES[s.delimiter]} gives ${s.fields} fields on ${s.consistentRecords} of ${s.records} rows`;
}

function escapeForRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Fields wrapped in `quote` at both ends, counted over the sample. */
function wrappedFieldCount(text: string, delimiter: string, quote: string): number {
  const d = escapeForRegExp(delimiter);
  const q = escapeForRegExp(quote);
  const wrapped = new RegExp(`(?:^|${d}|\\n)${q}[^${q}\\r\\n]*${q}(?=${d}|\\r|\\n|$)`, 'g');
  return text.match(wrapped)?.length ?? 0;
}

function chooseQuote(
  text: string,
  delimiter: Delimiter,
): { quoteChar: QuoteChar; evidence: string } {
  const doubles = wrappedFieldCount(text, delimiter, '"');
  const singles = wrappedFieldCount(text, delimiter, "'");
  if (doubles === 0 && singles >= 2) {
    return {
      quoteChar: "'",
      evidence: `${singles} fields are wrapped in single quotes and none in double quotes`,
    };
  }
  return {
    quoteChar: '"',
    evidence:
      doubles > 0
        ? `${doubles} fields are wrapped in double quotes`
        : 'no quoted fields seen; double quote assumed',
  };
}

function chooseLineEnding(scan: RecordScan): { newline: LineEnding; evidence: string } {
  const counts: [LineEnding, number][] = [
    ['\r\n', scan.crlf],
    ['\n', scan.lf],
    ['\r', scan.cr],
  ];
  const total = scan.crlf + scan.lf + scan.cr;
  if (total === 0) return { newline: '\n', evidence: 'no line break in the sample; LF assumed' };
  const [newline, count] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  const others = counts.filter(([n]) => n !== newline);
  const otherText = others.map(([n, c]) => `${LINE_ENDING_NAMES[n]} ${c}`).join(', ');
  return {
    newline,
    evidence: `${LINE_ENDING_NAMES[newline]} ends ${count} of ${total} lines outside quotes (${otherText})`,
  };
}

/** Sniffs the dialect of a decoded sample; `truncated` says the sample is cut from a longer file. */
export function sniffDialect(text: string, options: { truncated: boolean }): CsvDialect {
  const scores = DELIMITERS.map((d) => scoreDelimiter(text, d, options.truncated)).filter(
    (s) => s.fields > 1,
  );
  // Stable sort: on a tie the earlier delimiter in DELIMITERS wins.
  const ranked = [...scores].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const best = ranked[0];
  const delimiter: Delimiter = best?.delimiter ?? ',';
  const evidence: string[] = best
    ? [describeScore(best), ...ranked.slice(1, 2).map((s) => `runner-up: ${describeScore(s)}`)]
    : ['no delimiter splits the rows: one column; comma assumed'];
  const quote = chooseQuote(text, delimiter);
  const lineEnding = chooseLineEnding(
    scanRecords(text, delimiter, quote.quoteChar, options.truncated),
  );
  return {
    delimiter,
    quoteChar: quote.quoteChar,
    newline: lineEnding.newline,
    evidence: [...evidence, quote.evidence, lineEnding.evidence],
  };
}
