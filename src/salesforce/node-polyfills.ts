/**
 * jsforce's browser build reads Node's `Buffer` and `process` (e.g. `process.env.HTTP_TIMEOUT` while
 * its transport module loads). This module puts browser shims on `globalThis` and must be evaluated
 * before jsforce: `jsforce/jsforce-core.ts` imports it first. See docs/decisions/0002.
 */
import { Buffer } from 'buffer';
import process from 'process/browser';

const scope = globalThis as { Buffer?: unknown; process?: unknown };
scope.Buffer ??= Buffer;
scope.process ??= process;
