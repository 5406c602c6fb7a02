/**
 * `npm start`: the demo org and the console together, in one process, so Ctrl-C stops both.
 * Ports: design.md §6 (EMULATOR_PORT, CONSOLE_PORT override them).
 */
import { createServer } from 'vite';
import { configFromEnv } from '../emulator/core/emulator-config';
import { startEmulator } from '../emulator/server';

const consolePort = Number(process.env.CONSOLE_PORT ?? 5173);
const config = configFromEnv(process.env);
// The console's own origin must be on the demo org's CORS allowlist, whatever port it runs on.
for (const host of ['localhost', '127.0.0.1']) {
  const origin = `http://${host}:${consolePort}`;
  if (!config.corsOrigins.includes(origin)) config.corsOrigins.push(origin);
}
const emulator = await startEmulator(config);
// The console's runtime config points at this demo org (see scripts/runtime-config-plugin.ts).
process.env.FORKLIFT_DEMO_ORG_URL = emulator.url;

const vite = await createServer({ server: { open: false } });
await vite.listen();
const consoleUrl = vite.resolvedUrls?.local[0] ?? `http://localhost:${vite.config.server.port}/`;

console.info(`\n  Forklift demo org  ${emulator.url}`);
console.info(`  Forklift console   ${consoleUrl}\n`);
console.info(
  '  Open the console, choose "Demo org" and sign in as admin@forklift.demo / forklift.',
);
console.info('  Press Ctrl-C to stop both.\n');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite.close(), emulator.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
