/**
 * Prints the security headers for a deployment, from its config.json and
 * `FORKLIFT_EXTRA_CONNECT_SRC`, so a static server's config can be written from the same
 * policy `npm run preview` sends (README, "Security headers"):
 *
 *   FORKLIFT_EXTRA_CONNECT_SRC="https://acme.my.site.com" npx tsx scripts/print-security-headers.ts dist/config.json
 */
import { resolve } from 'node:path';
import { servedDemoOrgUrl } from './security-headers-plugin.ts';
import {
  EXTRA_CONNECT_SRC_ENV,
  parseExtraConnectSrc,
  securityHeaders,
} from './security-headers.ts';

const configFile = resolve(process.argv[2] ?? 'dist/config.json');
const headers = securityHeaders({
  demoOrgUrl: servedDemoOrgUrl([configFile]),
  extraConnectSrc: parseExtraConnectSrc(process.env[EXTRA_CONNECT_SRC_ENV]),
});
for (const [name, value] of Object.entries(headers)) console.info(`${name}: ${value}`);
