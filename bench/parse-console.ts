/**
 * The console itself for `npm run bench:parse`: its production build served by `vite preview`,
 * a demo org started in-process for sign-in, and a signed-in page at New load (`/loads/new`),
 * where the drop step and the mapping screen live.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright';
import { build, preview } from 'vite';
import { startEmulator } from '../emulator/server';

const DEMO_ADMIN = { username: 'admin@forklift.demo', password: 'forklift' };
const SIGN_IN_TIMEOUT_MS = 30_000;

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** `vite build` of `input` (HTML entries) into `outDir`, served by `vite preview` on a free port. */
export async function buildAndServe(outDir: string, input: string[]): Promise<Served> {
  const configFile = resolve('vite.config.ts');
  await build({
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input } },
  });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('vite preview gave no local URL');
  return { url, close: () => server.close() };
}

/**
 * The console and the bench page in one build, with a demo org whose CORS allowlist includes
 * the preview's origin.
 */
export async function startConsole(outDir: string, benchPage: string) {
  const served = await buildAndServe(outDir, [resolve('index.html'), resolve(benchPage)]);
  const emulator = await startEmulator({ port: 0, corsOrigins: [served.url] });
  // The runtime config plugin reads this on every request for /config.json.
  process.env.FORKLIFT_DEMO_ORG_URL = emulator.url;
  return {
    url: served.url,
    async close() {
      await served.close();
      await emulator.close();
    },
  };
}

/** Signs in to the demo org through its login page and opens New load, ready for a drop. */
export async function signInToNewLoad(page: Page, consoleUrl: string): Promise<void> {
  await page.goto(consoleUrl);
  await page.getByRole('radio', { name: 'Demo org' }).check({ timeout: SIGN_IN_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(DEMO_ADMIN.username);
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page
    .getByRole('banner')
    .getByText(DEMO_ADMIN.username)
    .waitFor({ timeout: SIGN_IN_TIMEOUT_MS });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New load' })
    .click();
}
