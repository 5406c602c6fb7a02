/**
 * Issue 7, Hardening: the production build served by `vite preview` sends the security headers
 * (scripts/security-headers.ts), a whole journey works under its Content-Security-Policy with no
 * violation, and no token shows up anywhere but the one documented sessionStorage key
 * (docs/decisions/0003-session-storage.md); the OAuth state is single-use and tied to the tab.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { controlDemoOrg, DEMO_ADMIN, resetDemoOrg } from './support/demo-org';
import { demoOrgJobs, prepareLoad, writeContactsCsv } from './support/new-load';
import { E2E_CONSOLE_URL, E2E_EMULATOR_URL } from './support/ports';
import { expectSignedIn, signInToDemoOrg } from './support/sign-in';
import { dumpBrowserStorage } from './support/storage-dump';

const SESSION_STORAGE_KEY = 'forklift.session';
const CALLBACK_PATH = '/oauth/callback';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  documentUrl: string;
}

test.beforeEach(async () => {
  await resetDemoOrg();
});

/** Records every `securitypolicyviolation` of every document the page loads, in Node. */
async function watchViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__forkliftCspViolation', (v: Violation) => void violations.push(v));
  await page.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => Promise<void>>)
        .__forkliftCspViolation;
      void report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        documentUrl: event.documentURI,
      });
    });
  });
  return violations;
}

const isTokenCall = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/services/oauth2/token';

test('a whole journey runs under the CSP, and no token is kept or shown anywhere but its key', async ({
  page,
  context,
}, testInfo) => {
  const violations = await watchViolations(page);
  const requestUrls: string[] = [];
  const referers: string[] = [];
  const consoleLines: string[] = [];
  const addresses: string[] = [];
  const tokens = new Set<string>();
  const documentHeaders: { url: string; csp: string | undefined }[] = [];
  const workerHeaders: { url: string; csp: string | undefined }[] = [];

  context.on('request', (request) => {
    requestUrls.push(request.url());
    const referer = request.headers().referer;
    if (referer) referers.push(referer);
  });
  context.on('response', async (response) => {
    const request = response.request();
    const headers = await response.allHeaders();
    if (response.url().startsWith(E2E_CONSOLE_URL) && request.resourceType() === 'document')
      documentHeaders.push({ url: response.url(), csp: headers['content-security-policy'] });
    if (/\/assets\/[\w-]*worker[\w-]*\.js$/.test(response.url()))
      workerHeaders.push({ url: response.url(), csp: headers['content-security-policy'] });
    if (isTokenCall(request) && response.ok()) {
      const body = (await response.json()) as { access_token?: string; refresh_token?: string };
      for (const token of [body.access_token, body.refresh_token]) if (token) tokens.add(token);
    }
  });
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  const step = async () => void addresses.push(await page.evaluate(() => location.href));

  // Sign in, then make the access token expire so the journey also renews it once.
  await signInToDemoOrg(page);
  await step();
  await controlDemoOrg('sessions/expire');

  // Drop, map, check, prepare and run a small upsert to the end.
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 25, { bad: [4] });
  await prepareLoad(page, csv, {
    operation: 'Upsert',
    object: 'Contact',
    objectOption: 'Contact · Contact',
    matchingField: 'External_Id__c',
  });
  await step();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 24 Contacts$/ })
    .click();
  await expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 30_000 });
  await step();
  expect((await demoOrgJobs()).map((job) => job.state)).toEqual(['JobComplete']);

  // The loads list, and the load again from it.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Loads', exact: true }).click();
  const loadLink = page.getByRole('link', { name: /upsert Contact from contacts\.csv/i });
  await expect(loadLink).toBeVisible();
  await step();
  await loadLink.click();
  await expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 30_000 });
  await step();

  // --- The Content-Security-Policy: sent on every document and worker, and never violated.
  expect(documentHeaders.length).toBeGreaterThan(0);
  for (const { url, csp } of [...documentHeaders, ...workerHeaders]) {
    expect(csp, url).toContain("script-src 'self'");
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toContain(`connect-src 'self' https://*.my.salesforce.com`);
    expect(csp, url).toContain(E2E_EMULATOR_URL);
  }
  expect(workerHeaders.length, 'the parse and prepare workers ran').toBeGreaterThanOrEqual(2);
  expect(violations).toEqual([]);
  expect(consoleLines.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual(
    [],
  );

  // --- No token anywhere but the one sessionStorage key.
  const places = await dumpBrowserStorage(page, context);
  const session = places.find((p) => p.where === `sessionStorage ${SESSION_STORAGE_KEY}`);
  const current = JSON.parse(session?.text.split('=').slice(1).join('=') ?? '{}') as {
    accessToken?: string;
    refreshToken?: string;
  };
  for (const token of [current.accessToken, current.refreshToken]) if (token) tokens.add(token);
  // The first access token, its renewal and the refresh token at least.
  expect(tokens.size).toBeGreaterThanOrEqual(3);
  expect(tokens.has(current.accessToken ?? 'none'), 'the key holds a token the org issued').toBe(
    true,
  );
  const idb = places.filter((p) => p.where.startsWith('IndexedDB '));
  expect(
    idb.reduce((sum, p) => sum + p.entries, 0),
    'the load is in IndexedDB',
  ).toBeGreaterThan(0);

  const haystacks = [
    ...places.filter((p) => p !== session),
    { where: 'request URLs', text: requestUrls.join('\n') },
    { where: 'Referer headers', text: referers.join('\n') },
    { where: 'console', text: consoleLines.join('\n') },
    { where: 'addresses and history', text: addresses.join('\n') },
  ];
  const leaks = haystacks.flatMap(({ where, text }) =>
    [...tokens].filter((token) => text.includes(token)).map((t) => `${where}: ${t.slice(0, 8)}…`),
  );
  expect(leaks).toEqual([]);
  expect(requestUrls.length).toBeGreaterThan(10);
  expect(addresses.some((a) => a.includes('/loads/'))).toBe(true);

  // The listener is live: a blocked image (no request leaves the browser) is reported.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://csp-check.invalid/pixel.png';
    img.alt = '';
    document.body.append(img);
  });
  await expect.poll(() => violations.map((v) => v.directive)).toEqual(['img-src']);
  // …and the browser's own report reaches the console (how a worker's violation would show).
  await expect
    .poll(() => consoleLines.some((line) => /Content Security Policy/.test(line)))
    .toBe(true);
});

test('the OAuth state is single-use and tied to the tab that started the sign-in', async ({
  page,
  context,
}) => {
  const tokenCalls: string[] = [];
  context.on('request', (request) => {
    if (isTokenCall(request)) tokenCalls.push(request.url());
  });
  // The redirect URI comes from the configuration, whatever the address says.
  await page.goto('/?redirect_uri=https%3A%2F%2Fevil.example%2Fcb');
  await page.getByRole('radio', { name: 'Demo org' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
  const authorize = new URL(page.url());
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${E2E_CONSOLE_URL}${CALLBACK_PATH}`);

  // Hold the way back to the console, to play the callback in another tab first. Playwright
  // does not route a redirect, so the login form's answer is read here and not followed.
  let callbackUrl = '';
  const isDemoOrg = (url: URL) => url.origin === E2E_EMULATOR_URL;
  await page.route(isDemoOrg, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const answer = await route.fetch({ maxRedirects: 0 });
    callbackUrl = answer.headers().location ?? '';
    await route.fulfill({ status: 204 });
  });
  await page.getByLabel('Username').fill(DEMO_ADMIN.username);
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect.poll(() => callbackUrl).toMatch(/[?&]code=.+&state=|[?&]state=.+&code=/);
  expect(callbackUrl.startsWith(`${E2E_CONSOLE_URL}${CALLBACK_PATH}?`)).toBe(true);
  await page.unroute(isDemoOrg);

  const otherTab = await context.newPage();
  await otherTab.goto(callbackUrl);
  await expect(otherTab.getByText('There is no sign-in to finish in this tab.')).toBeVisible();
  expect(tokenCalls).toEqual([]);
  await otherTab.close();

  await page.goto(callbackUrl);
  await expectSignedIn(page, DEMO_ADMIN.username);
  expect(page.url()).not.toContain('code=');
  expect(tokenCalls).toHaveLength(1);

  // Played again in the same tab, the state is used up: nothing is exchanged.
  await page.goto(callbackUrl);
  await expect(page.getByText('There is no sign-in to finish in this tab.')).toBeVisible();
  expect(page.url()).not.toContain('code=');
  expect(tokenCalls).toHaveLength(1);
});
