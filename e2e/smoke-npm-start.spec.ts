import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { signInToDemoOrg } from './support/sign-in';

/**
 * The README's promise: `npm start` serves the console on the built-in demo org. This test runs
 * exactly that command (on ports of its own) and signs in through the dev server.
 */
const CONSOLE_PORT = Number(process.env.SMOKE_CONSOLE_PORT ?? 5183);
const EMULATOR_PORT = Number(process.env.SMOKE_EMULATOR_PORT ?? 4467);
const START_TIMEOUT_MS = 60_000;

let server: ChildProcess | undefined;
let consoleUrl = '';

test.beforeAll(async () => {
  test.setTimeout(START_TIMEOUT_MS + 10_000);
  server = spawn('npm', ['start'], {
    env: {
      ...process.env,
      CONSOLE_PORT: String(CONSOLE_PORT),
      EMULATOR_PORT: String(EMULATOR_PORT),
      FORKLIFT_DEMO_ORG_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  consoleUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no console URL:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Forklift console\s+(http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  await resetDemoOrg(`http://localhost:${EMULATOR_PORT}`);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGINT');
  await new Promise((resolve) => server?.once('exit', resolve));
});

test('npm start serves the console, and a newcomer signs in to the demo org', async ({ page }) => {
  expect(consoleUrl).toContain(`:${CONSOLE_PORT}`);
  await signInToDemoOrg(page, undefined, consoleUrl);
});
