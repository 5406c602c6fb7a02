import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CONFIG_PATH = '/config.json';
const PUBLIC_CONFIG = fileURLToPath(new URL('../public/config.json', import.meta.url));

/**
 * The console reads its settings from a runtime `config.json` (design.md §6), so one build runs
 * anywhere. In dev and preview, `FORKLIFT_DEMO_ORG_URL` points it at a demo org on another port
 * (used by `npm start` with a custom EMULATOR_PORT and by the end-to-end tests).
 */
export function runtimeConfigPlugin(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const demoOrgUrl = process.env.FORKLIFT_DEMO_ORG_URL;
    if (!demoOrgUrl || req.url?.split('?')[0] !== CONFIG_PATH) return next();
    const config = JSON.parse(readFileSync(PUBLIC_CONFIG, 'utf8')) as Record<string, unknown>;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ ...config, demoOrgUrl }));
  };
  return {
    name: 'forklift-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}
