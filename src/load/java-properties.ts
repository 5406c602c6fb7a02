/**
 * Java `.properties` text, which Data Loader's `.sdl` mapping files are (it reads them with
 * `Properties.load` and writes them with `Properties.store`).
 */

const WHITESPACE = ' \t\f';
const LINE_BREAK = /\r\n|\r|\n/;

function isWhitespace(c: string | undefined): boolean {
  return c !== undefined && c !== '' && WHITESPACE.includes(c);
}

function endsWithContinuation(line: string): boolean {
  let slashes = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

function unescape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[++i] ?? '';
    if (next === 'u') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16) || 0);
      i += 4;
    } else
      out +=
        next === 't'
          ? '\t'
          : next === 'n'
            ? '\n'
            : next === 'r'
              ? '\r'
              : next === 'f'
                ? '\f'
                : next;
  }
  return out;
}

/** Logical lines: comments and blank lines dropped, continuation lines joined. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending: string | null = null;
  for (const natural of text.split(LINE_BREAK)) {
    let line = natural;
    let start = 0;
    while (isWhitespace(line[start])) start++;
    line = line.slice(start);
    if (pending === null && (line === '' || line.startsWith('#') || line.startsWith('!'))) continue;
    const continues = endsWithContinuation(line);
    const body = continues ? line.slice(0, -1) : line;
    pending = (pending ?? '') + body;
    if (!continues) {
      lines.push(pending);
      pending = null;
    }
  }
  if (pending !== null) lines.push(pending);
  return lines;
}

function splitKeyValue(line: string): [string, string] {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\\') i += 2;
    else if (c === '=' || c === ':' || isWhitespace(c)) break;
    else i++;
  }
  const key = line.slice(0, Math.min(i, line.length));
  let j = i;
  while (isWhitespace(line[j])) j++;
  if (line[j] === '=' || line[j] === ':') j++;
  while (isWhitespace(line[j])) j++;
  return [unescape(key), unescape(line.slice(j))];
}

/** Entries in file order; a repeated key keeps its last value, as `Properties.load` does. */
export function parseProperties(text: string): [string, string][] {
  const entries = new Map<string, string>();
  for (const line of logicalLines(text)) {
    const [key, value] = splitKeyValue(line);
    entries.delete(key);
    entries.set(key, value);
  }
  return [...entries];
}

function escape(text: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const code = text.charCodeAt(i);
    if (c === ' ') out += isKey || i === 0 ? '\\ ' : ' ';
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\f') out += '\\f';
    else if (c === '\\' || c === '=' || c === ':' || c === '#' || c === '!') out += `\\${c}`;
    else if (code < 0x20 || code > 0x7e)
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += c;
  }
  return out;
}

/** `.properties` text as `Properties.store` writes it: comment lines, then `key=value` lines. */
export function writeProperties(
  entries: readonly (readonly [string, string])[],
  comments: readonly string[],
): string {
  const head = comments.map((c) => `#${c}\n`).join('');
  return (
    head + entries.map(([key, value]) => `${escape(key, true)}=${escape(value, false)}\n`).join('')
  );
}
