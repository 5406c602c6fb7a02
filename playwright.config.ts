import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium';
import {
  E2E_CONSOLE_URL,
  E2E_EMULATOR_PORT,
  E2E_EMULATOR_URL,
  E2E_PREVIEW_PORT,
} from './e2e/support/ports';

/**
 * End-to-end tests run against the production build (`vite build` + `vite preview`) and a demo
 * org on their own ports; servers are never reused (design.md §6). The smoke test of
 * `npm start` starts its own processes (e2e/smoke-npm-start.spec.ts).
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: E2E_CONSOLE_URL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: 'npx tsx emulator/main.ts',
      url: `${E2E_EMULATOR_URL}/__emulator/health`,
      reuseExistingServer: false,
      env: {
        EMULATOR_PORT: String(E2E_EMULATOR_PORT),
        EMULATOR_PUBLIC_URL: E2E_EMULATOR_URL,
        EMULATOR_CORS_ORIGINS: `${E2E_CONSOLE_URL},http://127.0.0.1:${E2E_PREVIEW_PORT}`,
        EMULATOR_PACE: 'fast',
      },
    },
    {
      command: `npx vite preview --port ${E2E_PREVIEW_PORT} --strictPort`,
      url: E2E_CONSOLE_URL,
      reuseExistingServer: false,
      env: { FORKLIFT_DEMO_ORG_URL: E2E_EMULATOR_URL },
    },
  ],
});
