import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { encodeWindows1252 } from '../../csv/test-support/legacy-encodings';
import { tabFromPageStart } from '../../test/keyboard';
import { DropStep } from './drop-step';
import type { CsvPreview, ParsedCsv } from './parsed-csv';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

function renderDropStep() {
  const files: File[] = [];
  const previews: (CsvPreview | null)[] = [];
  const results: (ParsedCsv | null)[] = [];
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  root.render(
    <StrictMode>
      <DropStep
        onFileChange={(file) => files.push(file)}
        onPreview={(preview) => previews.push(preview)}
        onParsed={(result) => results.push(result)}
      />
    </StrictMode>,
  );
  return { files, previews, results };
}

const fileInput = () => page.getByLabelText('CSV file', { exact: true });
const status = () => page.getByRole('status');
const drop = (file: File) => userEvent.upload(fileInput(), file);

describe('the drop step', () => {
  it('shows the first rows at once, then reads the whole file with progress and hands it over', async () => {
    const { files, previews, results } = renderDropStep();
    const file = new File(
      [
        '\uFEFFFirst Name,Last Name,Email\r\nAda,Lovelace,ada@example.com\r\nZoë,"Ng, Jr.",zoe@example.com\r\n',
      ],
      'contacts.csv',
      { type: 'text/csv' },
    );
    await drop(file);
    await expect
      .element(page.getByRole('table', { name: 'First rows of contacts.csv' }))
      .toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: 'First Name' })).toBeVisible();
    await expect.element(page.getByRole('cell', { name: 'Ng, Jr.' })).toBeVisible();
    await expect.element(status()).toHaveTextContent('Read 2 rows');
    const progress = page.getByRole('progressbar', { name: 'Reading the whole file' });
    await expect.element(progress).toHaveAttribute('aria-valuenow', '100');
    await expect.element(page.getByText('CRLF', { exact: true })).toBeVisible();
    await expect
      .element(page.getByText('(byte order mark skipped)', { exact: false }))
      .toBeVisible();
    // The very File the input holds (never a copy), here and in the result.
    const picked = (fileInput().element() as HTMLInputElement).files?.[0];
    expect(files).toHaveLength(1);
    expect(files[0]).toBe(picked);
    expect(previews.at(-1)).toMatchObject({ header: ['First Name', 'Last Name', 'Email'] });
    const result = results.at(-1);
    expect(result?.file).toBe(picked);
    expect(result).toMatchObject({ rowCount: 2, encoding: 'utf-8', leadingBytes: 3 });
  });

  it('can be reached from the keyboard: the picker is a real button', async () => {
    renderDropStep();
    const picker = page.getByRole('button', { name: 'Choose a CSV file' });
    await expect.element(picker).toBeVisible();
    await tabFromPageStart();
    await expect.element(picker).toHaveFocus();
  });

  it.each([
    [
      'an Excel workbook dropped by mistake',
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])], 'contacts.xlsx'),
      /This is an Excel workbook.*CSV UTF-8/s,
    ],
    ['an empty file', new File([], 'empty.csv'), /The file is empty/],
    [
      'a binary file',
      new File(['Name,Email\nAda', new Uint8Array([0, 0, 7, 0]), 'x\n'], 'data.csv'),
      /This file is not text: it looks like a binary file/,
    ],
  ])('explains %s and reads no further', async (_name, file, message) => {
    const { results } = renderDropStep();
    await drop(file);
    await expect.element(page.getByRole('alert')).toHaveTextContent(message);
    await expect.element(status()).toHaveTextContent(`${file.name} cannot be loaded.`);
    expect(page.getByRole('progressbar').query()).toBeNull();
    expect(results.every((r) => r === null)).toBe(true);
  });

  it.each([
    ['a header with no rows', 'Name,Email\n', /header row but no data rows/],
    ['a header row over 32,000 characters', `${'H'.repeat(32_001)}\nx\n`, /32,001 characters long/],
    [
      'more than 5,000 columns',
      `${Array.from({ length: 5001 }, (_, i) => `C${i}`).join(',')}\n${','.repeat(5000)}\n`,
      /5,001 columns/,
    ],
  ])('explains %s and hands nothing over', async (_name, text, message) => {
    const { results } = renderDropStep();
    await drop(new File([text], 'x.csv'));
    await expect.element(page.getByRole('alert')).toHaveTextContent(message);
    await expect.element(status()).toHaveTextContent(/Read \d+ rows?/);
    expect(results.at(-1)).toBeNull();
  });

  it('warns about blank and duplicate header names but still hands the file over', async () => {
    const { results } = renderDropStep();
    await drop(new File(['Email,,EMAIL\na,b,c\n'], 'x.csv'));
    await expect.element(page.getByText('Column 2 has no name in the header row.')).toBeVisible();
    await expect.element(page.getByText('"Email" names columns 1, 3.')).toBeVisible();
    await expect.poll(() => results.at(-1)?.headerProblems.length).toBe(2);
  });

  it('lists rows that do not fit the header with their line numbers', async () => {
    renderDropStep();
    await drop(new File(['Name,City\nAda,London\nBob\n"Cy\nDee",Rome,Italy\n'], 'ragged.csv'));
    const list = page.getByRole('region', { name: '2 rows do not fit the header' });
    await expect.element(list).toBeVisible();
    await expect
      .element(list.getByRole('row').nth(1))
      .toHaveTextContent(/^32.*1 values where the header has 2/);
    await expect.element(list.getByRole('row').nth(2)).toHaveTextContent(/^43.*3 values/);
  });

  it('asks before reading a file that is not UTF-8, with a preview, then reads it as confirmed', async () => {
    const { results } = renderDropStep();
    await drop(
      new File([new Uint8Array(encodeWindows1252('Nom,Ville\nMüller,Zürich\n'))], 'latin.csv'),
    );
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Check the encoding/);
    await expect
      .element(page.getByRole('combobox', { name: 'Encoding' }))
      .toHaveValue('windows-1252');
    await expect.element(page.getByText('Müller,Zürich')).toBeVisible();
    expect(results.at(-1)).toBeNull();
    await page.getByRole('button', { name: /^Read the file as Windows-1252/ }).click();
    await expect.element(status()).toHaveTextContent('Read 1 row ');
    expect(results.at(-1)).toMatchObject({
      encoding: 'windows-1252',
      firstRows: [['Müller', 'Zürich']],
    });
  });

  it('reads the file again in the encoding the user picks, showing the effect first', async () => {
    const { results } = renderDropStep();
    await drop(new File(['Name,City\nZoë,Tromsø\n'], 'utf8.csv'));
    await expect.element(status()).toHaveTextContent('Read 1 row ');
    await page.getByRole('combobox', { name: 'Encoding' }).selectOptions('windows-1252');
    await expect.element(page.getByText('ZoÃ«,TromsÃ¸')).toBeVisible();
    await expect.element(page.getByText(/look like UTF-8 read as Windows-1252/)).toBeVisible();
    await expect.poll(() => results.at(-1)?.encoding).toBe('windows-1252');
    await expect.element(page.getByRole('cell', { name: 'ZoÃ«' })).toBeVisible();
  });
});
