/**
 * Figure 1 of `npm run bench:load`: the console's prepare pass (src/workers/prepare-worker.ts,
 * driven by `createPrepareWorkerClient().prepare`) against papaparse alone, both on the same File
 * chosen in a page of the built console (bench/load-prepare-page.js), each in a fresh context.
 * The preflight setup is an insert of the bench CSV's columns into Contact, against the demo
 * org's own describe, as the console's mapping screen would build it.
 */
import type { Browser, Page } from 'playwright';
import {
  globalDescribeResponse,
  sobjectDescribeResponse,
} from '../emulator/core/schema/describe-response';
import { createOrgSchema } from '../emulator/core/schema/org-schema';
import { CONTACT_API_NAMES } from './generate-contacts-csv';
import { openPreparePage, reportPageErrors, type LoadBenchServers } from './load-console';

const API_VERSION = '62.0';
const RUN_TIMEOUT_MS = 600_000;

export interface PreparePassFigures {
  ms: number;
  rowCount: number;
  excludedRows: number;
  jobs: { rows: number; bytes: number }[];
}

export interface PapaparseFigures {
  ms: number;
  rowCount: number;
}

/** The CloneablePreflightSetup the page posts to the worker, as plain JSON. */
export function contactInsertSetup(): unknown {
  const schema = createOrgSchema();
  const contact = schema.getObject('Contact');
  if (!contact) throw new Error('The demo org has no Contact');
  const birthdate = CONTACT_API_NAMES.indexOf('Birthdate');
  return {
    describe: sobjectDescribeResponse(contact, API_VERSION),
    mapping: {
      object: 'Contact',
      operation: 'insert',
      matchingField: null,
      constants: [],
      columns: CONTACT_API_NAMES.map((field, column) => ({
        column,
        header: field,
        mapping: { kind: 'field', field },
        blankPolicy: 'leave-unchanged',
      })),
    },
    formats: [[birthdate, { kind: 'date', order: 'ymd' }]],
    keyPrefixes: globalDescribeResponse(schema, API_VERSION).sobjects.flatMap((o) =>
      o.keyPrefix ? [[o.name, o.keyPrefix]] : [],
    ),
    valueMap: [],
  };
}

interface BenchLoadWindow {
  __benchLoad: {
    prepare(setup: unknown): Promise<PreparePassFigures>;
    papaparse(): Promise<PapaparseFigures>;
  };
}

async function inPreparePage<T>(
  browser: Browser,
  servers: LoadBenchServers,
  csvPath: string,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(RUN_TIMEOUT_MS);
    reportPageErrors(page, 'prepare page');
    await openPreparePage(page, servers);
    await page.locator('#file').setInputFiles(csvPath);
    return await run(page);
  } finally {
    await context.close();
  }
}

export function preparePassRun(
  browser: Browser,
  servers: LoadBenchServers,
  csvPath: string,
  setup: unknown,
): Promise<PreparePassFigures> {
  return inPreparePage(browser, servers, csvPath, (page) =>
    page.evaluate((s) => (window as unknown as BenchLoadWindow).__benchLoad.prepare(s), setup),
  );
}

export function papaparseRun(
  browser: Browser,
  servers: LoadBenchServers,
  csvPath: string,
): Promise<PapaparseFigures> {
  return inPreparePage(browser, servers, csvPath, (page) =>
    page.evaluate(() => (window as unknown as BenchLoadWindow).__benchLoad.papaparse()),
  );
}
