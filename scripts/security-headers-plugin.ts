import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  EXTRA_CONNECT_SRC_ENV,
  parseExtraConnectSrc,
  securityHeaders,
} from './security-headers.ts';

/**
 * `vite preview` serves the production build with the console's security headers
 * (scripts/security-headers.ts), on every response: documents, scripts and the module workers,
 * which take their own policy from their script's response.
 *
 * The dev server (`npm start`, `npm run dev`) sends none of them, on purpose: it injects an
 * inline React Refresh preamble and `<style>` elements and talks HMR over a WebSocket, all of
 * which the strict policy refuses, and Vitest's browser mode runs tests in frames of that same
 * server, which `frame-ancestors 'none'` would refuse.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'forklift-security-headers',
    configurePreviewServer(server) {
      const { root, build } = server.config;
      const configFiles = [
        resolve(root, build.outDir, 'config.json'),
        resolve(root, 'public', 'config.json'),
      ];
      // Built per request, like config.json (runtime-config-plugin.ts): a bench or test may
      // point FORKLIFT_DEMO_ORG_URL at its demo org after the server started.
      let cached: { key: string; headers: Record<string, string> } | null = null;
      const currentHeaders = () => {
        const key = `${process.env.FORKLIFT_DEMO_ORG_URL ?? ''} ${process.env[EXTRA_CONNECT_SRC_ENV] ?? ''}`;
        if (cached?.key !== key)
          cached = {
            key,
            headers: securityHeaders({
              demoOrgUrl: servedDemoOrgUrl(configFiles),
              extraConnectSrc: parseExtraConnectSrc(process.env[EXTRA_CONNECT_SRC_ENV]),
            }),
          };
        return cached.headers;
      };
      currentHeaders(); // a bad config fails at start, not on the first request
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(currentHeaders())) res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * The demo org the served config.json names: `FORKLIFT_DEMO_ORG_URL` when set (as
 * scripts/runtime-config-plugin.ts serves it), else the first config file that exists.
 */
export function servedDemoOrgUrl(configFiles: readonly string[]): string {
  const fromEnv = process.env.FORKLIFT_DEMO_ORG_URL;
  if (fromEnv) return fromEnv;
  const file = configFiles.find((path) => existsSync(path));
  if (!file) throw new Error(`No config.json to read demoOrgUrl from (${configFiles.join(', ')}).`);
  const { demoOrgUrl } = JSON.parse(readFileSync(file, 'utf8')) as { demoOrgUrl?: unknown };
  if (typeof demoOrgUrl !== 'string') {
    throw new Error(`${file} has no "demoOrgUrl": the Content-Security-Policy needs it.`);
  }
  return demoOrgUrl;
}
