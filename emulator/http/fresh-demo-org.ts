/**
 * The setup every Node test that talks to a demo org over HTTP shares (the emulator's own route
 * tests and src/'s `*.emulator.test.ts`): one demo org per test file on a free port, reset through
 * the control plane before each test (back to how it started, pace included), closed after the
 * file. Call it at the top of a test file; read `url` and `org` inside tests and hooks (the org
 * starts in `beforeAll`).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { EmulatorPace } from '../core/emulator-config';
import { startEmulator, type RunningEmulator } from '../server';
import { control } from './demo-org-test-client';

export interface FreshDemoOrg {
  /** The demo org's public URL (`instance_url`), no trailing slash. */
  readonly url: string;
  /** Its in-memory org, for what a test checks behind the HTTP answers. */
  readonly org: RunningEmulator['org'];
}

/** `pace`: how fast jobs run (`fast` for ingest tests, `manual` to step them by hand). */
export function freshDemoOrg(options: { pace?: EmulatorPace } = {}): FreshDemoOrg {
  let running: RunningEmulator | undefined;
  const started = (): RunningEmulator => {
    if (!running) throw new Error('The demo org starts in beforeAll: use it in a test or a hook.');
    return running;
  };
  beforeAll(async () => {
    running = await startEmulator({ port: 0, ...options });
  });
  afterAll(() => running?.close());
  beforeEach(async () => {
    const response = await control(started().url, 'reset');
    if (!response.ok) throw new Error(`The demo org did not reset: HTTP ${response.status}`);
  });
  return {
    get url() {
      return started().url;
    },
    get org() {
      return started().org;
    },
  };
}
