/** A data row that does not fit the file's shape. Rows stay in the count and the offset index. */
export type MalformedReason =
  'too-few-fields' | 'too-many-fields' | 'unclosed-quote' | 'stray-quote';

export interface MalformedRow {
  /** 1-based data row number (the header is not counted). */
  row: number;
  /** 1-based physical line where the row starts (quoted line breaks count). */
  line: number;
  byteOffset: number;
  reason: MalformedReason;
  fields: number;
  message: string;
}

export function describeMalformed(
  input: Omit<MalformedRow, 'message'> & { expected: number },
): MalformedRow {
  const { expected, ...row } = input;
  return { ...row, message: messageFor(row.reason, row.fields, expected) };
}

function messageFor(reason: MalformedReason, fields: number, expected: number): string {
  switch (reason) {
    case 'too-few-fields':
      return `${fields} values where the header has ${expected}: values may have shifted into the wrong columns.`;
    case 'too-many-fields':
      return `${fields} values where the header has ${expected}: an unquoted delimiter inside a value, or extra trailing delimiters.`;
    case 'unclosed-quote':
      return 'A quoted value is never closed, so the rest of the file was read as one value.';
    case 'stray-quote':
      return 'A closing quote is followed by other characters; a quote inside a quoted value must be doubled ("").';
  }
}
