/**
 * What `npm run bench:load` runs against: the console's production build (plus the bench's
 * prepare page entry, bench/load-prepare-page.js) served by `vite preview`, and a demo org started
 * in-process at pace "fast" whose CORS allowlist includes the preview's origin.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright';
import { build, preview } from 'vite';
import { startEmulator, type RunningEmulator } from '../emulator/server';

const PREPARE_ENTRY = 'bench/load-prepare-page.js';
/** Served by a Playwright route, not built: the page only needs a file input and the entry. */
export const PREPARE_PAGE_PATH = '/__bench/load-prepare.html';

export interface LoadBenchServers {
  consoleUrl: string;
  emulator: RunningEmulator;
  /** The built prepare entry, e.g. `/assets/load-prepare-page-AbC123.js`. */
  prepareEntry: string;
  close(): Promise<void>;
}

export async function startLoadBenchServers(outDir: string): Promise<LoadBenchServers> {
  const configFile = resolve('vite.config.ts');
  await build({
    configFile,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      rolldownOptions: { input: [resolve('index.html'), resolve(PREPARE_ENTRY)] },
    },
  });
  const manifest = JSON.parse(
    await readFile(resolve(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  const entry = manifest[PREPARE_ENTRY]?.file;
  if (!entry) throw new Error(`vite build did not emit ${PREPARE_ENTRY}`);
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false },
  });
  const consoleUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!consoleUrl) throw new Error('vite preview gave no local URL');
  const emulator = await startEmulator({ port: 0, pace: 'fast', corsOrigins: [consoleUrl] });
  // The runtime config plugin reads this on every request for /config.json.
  process.env.FORKLIFT_DEMO_ORG_URL = emulator.url;
  return {
    consoleUrl,
    emulator,
    prepareEntry: `/${entry}`,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}

/** Page errors and console errors, printed: a bench that hangs should say why. */
export function reportPageErrors(page: Page, where: string): void {
  page.on('pageerror', (error) => console.error(`[${where}] page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[${where}] console error: ${message.text()}`);
  });
}

/** Opens the prepare page on the console's origin: one file input and the built entry. */
export async function openPreparePage(page: Page, servers: LoadBenchServers): Promise<void> {
  const url = `${servers.consoleUrl}${PREPARE_PAGE_PATH}`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prepare pass benchmark</title></head><body><label>CSV file <input type="file" id="file"></label><script type="module" src="${servers.prepareEntry}"></script></body></html>`,
    }),
  );
  await page.goto(url);
  await page.waitForFunction(() => '__benchLoad' in window, null, { timeout: 30_000 });
}
