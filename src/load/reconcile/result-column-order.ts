/**
 * Where each column of a results CSV goes (salesforce-api.md §1.9): the `sf__` columns, then the
 * header we uploaded, echoed "as uploaded". Columns are found by exact name first, then
 * case-insensitively (Salesforce matches field names case-insensitively, §2); a column we
 * uploaded that the results lack is an error, since the rows could not be joined without it.
 */

export interface ResultColumnOrder {
  /** Index of `sf__Id` in the results row, -1 when absent (unprocessedrecords, old APIs). */
  sfId: number;
  /** Index of `sf__Created`, -1 when absent. */
  sfCreated: number;
  /** Index of `sf__Error`, -1 when absent. */
  sfError: number;
  /** For each column of OUR header, its index in the results row. */
  cells: Int32Array;
}

const SF_ID = 'sf__id';
const SF_CREATED = 'sf__created';
const SF_ERROR = 'sf__error';

/**
 * Maps a results CSV header (with its sf__ columns) to our header order; throws a clear Error
 * when a column we uploaded is missing.
 */
export function resultColumnOrder(
  resultHeader: readonly string[],
  ourHeader: readonly string[],
): ResultColumnOrder {
  const names = resultHeader.map((name) => name.replace(/^\ufeff/, ''));
  const lower = names.map((name) => name.toLowerCase());
  const taken = new Uint8Array(names.length);
  const claim = (index: number): number => {
    if (index >= 0) taken[index] = 1;
    return index;
  };
  const sfId = claim(lower.indexOf(SF_ID));
  const sfCreated = claim(lower.indexOf(SF_CREATED));
  const sfError = claim(lower.indexOf(SF_ERROR));
  const cells = new Int32Array(ourHeader.length);
  const missing: string[] = [];
  ourHeader.forEach((name, column) => {
    let index = names.findIndex((candidate, i) => taken[i] === 0 && candidate === name);
    if (index < 0) {
      const wanted = name.toLowerCase();
      index = lower.findIndex((candidate, i) => taken[i] === 0 && candidate === wanted);
    }
    if (index < 0) missing.push(name);
    cells[column] = claim(index);
  });
  if (missing.length > 0) {
    throw new Error(
      `The results file does not echo the column${missing.length > 1 ? 's' : ''} ${missing
        .map((name) => `"${name}"`)
        .join(', ')} that was uploaded, so its rows cannot be matched to the file's rows. ` +
        'The job may have been created by another tool with a different file; open it from the job list instead.',
    );
  }
  return { sfId, sfCreated, sfError, cells };
}
