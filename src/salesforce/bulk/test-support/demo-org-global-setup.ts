/**
 * The browser project's demo org (design.md §7): a Vitest browser page cannot start a Node
 * server, so this globalSetup starts one on a free port and provides its URL to `inject`.
 * Browser tests reach its control plane through the `demoOrgControl` command (vite.config.ts)
 * and put their page's origin on its CORS allowlist before calling its API.
 */
import type { TestProject } from 'vitest/node';
import { startEmulator } from '../../../../emulator/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser project's demo org, e.g. `http://localhost:40123`. */
    demoOrgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const demo = await startEmulator({ port: 0, pace: 'fast' });
  project.provide('demoOrgUrl', demo.url);
  return () => demo.close();
}
