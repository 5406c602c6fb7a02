import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium.ts';
import { runtimeConfigPlugin } from './scripts/runtime-config-plugin.ts';
import { securityHeadersPlugin } from './scripts/security-headers-plugin.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Browser tests reach the demo org's control plane (which has no CORS) through Node: the demo org
 * started by src/salesforce/bulk/test-support/demo-org-global-setup.ts, at `/__emulator/<path>`.
 */
const demoOrgControl: BrowserCommand<[method: string, path: string, body?: unknown]> = async (
  { project },
  method,
  path,
  body,
) => {
  const { demoOrgUrl } = project.getProvidedContext() as { demoOrgUrl?: string };
  if (!demoOrgUrl) throw new Error('No demo org: the browser project starts one in globalSetup');
  const response = await fetch(`${demoOrgUrl}/__emulator/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

export default defineConfig({
  plugins: [react(), runtimeConfigPlugin(), securityHeadersPlugin()],
  resolve: {
    // jsforce's browser build expects a few Node core modules; see docs/decisions/0002-jsforce-in-the-browser.md
    alias: {
      events: 'events',
      stream: 'stream-browserify',
      querystring: 'querystring-es3',
    },
  },
  define: {
    global: 'globalThis',
  },
  optimizeDeps: {
    // Pre-bundle up front: a cold cache otherwise makes Vitest's browser mode reload mid-run with
    // two copies of React.
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react-router',
      '@tanstack/react-query',
      'jsforce/core',
      'buffer',
      'process/browser',
      'idb',
    ],
  },
  server: { port: Number(process.env.CONSOLE_PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PREVIEW_PORT ?? 4173), strictPort: true },
  build: { sourcemap: true, chunkSizeWarningLimit: 600 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/*.browser.test.tsx', 'node_modules/**'],
          setupFiles: [fromRoot('./src/test/fail-on-console-error.ts')],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts', 'src/**/*.browser.test.tsx'],
          setupFiles: [fromRoot('./src/test/fail-on-console-error.ts')],
          globalSetup: [fromRoot('./src/salesforce/bulk/test-support/demo-org-global-setup.ts')],
          browser: {
            enabled: true,
            commands: { demoOrgControl },
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
