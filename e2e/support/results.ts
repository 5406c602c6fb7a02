/**
 * Helpers for the results journey (issue 6, e2e/results.spec.ts): the files the results page
 * downloads read back as rows, SLDS checkboxes set through their labels, and the demo org's
 * Contacts read with SOQL, as a separate witness of what the load left in the org.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { OAuth2 } from 'jsforce';
import { DEMO_ADMIN } from './demo-org';
import { E2E_EMULATOR_URL } from './ports';

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, a leading BOM) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface CsvFile {
  name: string;
  header: string[];
  /** Each data row by column name. */
  rows: Record<string, string>[];
}

/** Clicks a download button, waits for the file and reads it back as rows by column name. */
export async function downloadCsv(page: Page, button: Locator): Promise<CsvFile> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  const path = await file.path();
  const [header = [], ...data] = parseCsv(await readFile(path, 'utf8'));
  return {
    name: file.suggestedFilename(),
    header,
    rows: data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))),
  };
}

/** Ticks an SLDS checkbox on or off through its label. */
export async function setCheckbox(page: Page, name: RegExp | string, on: boolean) {
  const box = page.getByRole('checkbox', { name });
  if ((await box.isChecked()) !== on)
    await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
  await expect(box).toBeChecked({ checked: on });
}

/** A SOQL query run as the demo admin through the REST API (password grant, as jsforce does). */
export async function demoOrgQuery<T>(soql: string): Promise<T[]> {
  const oauth2 = new OAuth2({
    loginUrl: E2E_EMULATOR_URL,
    clientId: 'forklift-console',
    clientSecret: 'unused-by-the-demo-org',
  });
  const tokens = await oauth2.authenticate(DEMO_ADMIN.username, DEMO_ADMIN.password);
  const response = await fetch(
    `${tokens.instance_url}/services/data/v62.0/query?q=${encodeURIComponent(soql)}`,
    { headers: { Authorization: `Bearer ${tokens.access_token}` } },
  );
  if (!response.ok) throw new Error(`query: HTTP ${response.status}`);
  const body = (await response.json()) as { records: T[]; done: boolean };
  expect(body.done).toBe(true);
  return body.records;
}
