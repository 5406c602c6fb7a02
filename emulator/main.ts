/**
 * `npm run emulator`: the demo org on its own (design.md §6 for ports and variables).
 */
import { configFromEnv } from './core/emulator-config';
import { startEmulator } from './server';

const emulator = await startEmulator(configFromEnv(process.env));
console.info(
  `Forklift demo org listening on ${emulator.url} (bound to ${emulator.org.config.host}:${emulator.port})`,
);
console.info('Sign in as admin@forklift.demo / forklift. Press Ctrl-C to stop.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
