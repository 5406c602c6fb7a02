/**
 * The checks that need no token (issue 7, salesforce-api.md §4.1, §5.5), as pure decisions over
 * what the probes observed. A browser reports a CORS refusal exactly like a network failure, so
 * reachability compares a CORS fetch, a `no-cors` fetch and `navigator.onLine`; a dummy token
 * request tells whether "Enable CORS for OAuth endpoints" is on (a readable JSON error) or off (no
 * readable answer).
 */
import type { ReadinessCheck } from './readiness-check';

/** What a probe fetch got: a readable answer, or nothing the page may read. */
export type ProbeOutcome =
  { kind: 'answered'; status: number; body: unknown } | { kind: 'no-answer' } | { kind: 'skipped' };

export interface ReachabilityObservation {
  online: boolean;
  /** `GET {apiHost}/services/data/` in CORS mode. */
  cors: ProbeOutcome;
  /** The same request with `mode: 'no-cors'` (opaque, but it tells that the host answered). */
  noCors: 'answered' | 'no-answer' | 'skipped';
}

/** Which org is checked and from where. */
export interface ProbeTarget {
  /** Where the REST API lives: the My Domain (or instance URL), or the demo org. */
  apiHost: string;
  /** Where OAuth runs: the My Domain, or the demo org. */
  loginHost: string;
  /** This console's origin, the exact value an admin adds to the CORS allowlist. */
  consoleOrigin: string;
  /** The REST API version the console uses, e.g. `62.0`. */
  apiVersion: string;
  /** The built-in demo org: its fixes name its own settings as well as Salesforce's. */
  isDemoOrg: boolean;
}

/** `failedResults` carries `sf__Id` from v53.0 (salesforce-api.md §0). */
export const MINIMUM_API_VERSION = 53;

const corsFix = (target: ProbeTarget) =>
  `Ask your Salesforce admin to open Setup → CORS → New and enter Origin URL pattern: ` +
  `${target.consoleOrigin}, then check again.` +
  (target.isDemoOrg
    ? ` For the demo org, add ${target.consoleOrigin} to EMULATOR_CORS_ORIGINS and restart it.`
    : '');

export function reachabilityCheck(
  observation: ReachabilityObservation,
  target: ProbeTarget,
): ReadinessCheck {
  const base = {
    id: 'reachability',
    title: 'Salesforce answers this console',
    why:
      'Every call Forklift makes goes from this browser tab straight to the org, so the org ' +
      'must be reachable and must allow this console’s origin.',
  } as const;
  const { cors } = observation;
  if (cors.kind === 'answered' && cors.status >= 200 && cors.status < 300) {
    return {
      ...base,
      status: 'pass',
      detail: `${target.apiHost} answered, and its CORS allowlist contains ${target.consoleOrigin}.`,
    };
  }
  if (cors.kind === 'answered') {
    return {
      ...base,
      status: 'fail',
      detail: `${target.apiHost} answered HTTP ${cors.status} to the API versions request, which a Salesforce org answers with 200.`,
      fix: target.isDemoOrg
        ? 'Check that the demo org URL in config.json points at the demo org, then check again.'
        : 'Check that you entered your org’s My Domain (Setup → My Domain shows it), then check again.',
    };
  }
  if (!observation.online) {
    return {
      ...base,
      status: 'fail',
      detail: 'This browser is offline, so no org can be reached.',
      fix: 'Reconnect this computer to the network, then check again.',
    };
  }
  if (observation.noCors === 'answered') {
    return {
      ...base,
      status: 'fail',
      detail:
        `${target.apiHost} is up, but its CORS allowlist does not contain this console’s ` +
        `origin ${target.consoleOrigin}, so the browser blocks every answer.`,
      fix: corsFix(target),
    };
  }
  return {
    ...base,
    status: 'fail',
    detail: `${target.apiHost} could not be reached: it gave no answer at all.`,
    fix: target.isDemoOrg
      ? 'Start the demo org (npm run emulator, or npm start for console and demo org together), then check again.'
      : 'Check the My Domain is spelled right (Setup → My Domain shows it) and that this network ' +
        '(VPN, proxy, firewall) lets you reach it, then check again.',
  };
}

/** The answer to the dummy token request, read only when the API itself was reachable. */
export function oauthCorsCheck(
  reachability: ReadinessCheck,
  token: ProbeOutcome,
  target: ProbeTarget,
): ReadinessCheck {
  const base = {
    id: 'oauth-cors',
    title: 'Sign-in works from a browser (CORS for OAuth endpoints)',
    why:
      'Forklift exchanges the sign-in code for a session from this tab; Salesforce lets a ' +
      'browser read that answer only when "Enable CORS for OAuth endpoints" is on.',
  } as const;
  if (reachability.status !== 'pass' || token.kind === 'skipped') {
    return {
      ...base,
      status: 'unknown',
      detail: 'Not checked: the org must answer this console first (see above).',
    };
  }
  if (token.kind === 'no-answer') {
    return {
      ...base,
      status: 'fail',
      detail: `${target.loginHost} did not let this console read its token endpoint: "Enable CORS for OAuth endpoints" is off.`,
      fix:
        'Ask your Salesforce admin to open Setup → CORS and tick "Enable CORS for OAuth ' +
        `endpoints" (the origin ${target.consoleOrigin} must stay on the list), then check again.` +
        (target.isDemoOrg ? ' For the demo org, set EMULATOR_OAUTH_CORS=true and restart it.' : ''),
    };
  }
  const error = oauthErrorCode(token.body);
  if (error === undefined) {
    return {
      ...base,
      status: 'unknown',
      detail: `${target.loginHost} answered the token endpoint with HTTP ${token.status} but no OAuth error, which Salesforce never does for a made-up code.`,
      fix: target.isDemoOrg
        ? undefined
        : 'Check that you entered your org’s My Domain (Setup → My Domain shows it).',
    };
  }
  return {
    ...base,
    status: 'pass',
    detail: `${target.loginHost} lets this console read its token endpoint.`,
  };
}

export function apiVersionCheck(versions: ProbeOutcome, target: ProbeTarget): ReadinessCheck {
  const base = {
    id: 'api-version',
    title: `API version ${target.apiVersion}`,
    why:
      `Forklift speaks REST API ${target.apiVersion}; results of failed rows carry the record ` +
      `Id only from API ${MINIMUM_API_VERSION}.0.`,
  } as const;
  const wanted = Number(target.apiVersion);
  if (!(wanted >= MINIMUM_API_VERSION)) {
    return {
      ...base,
      status: 'fail',
      detail: `The console is set to API ${target.apiVersion}, older than ${MINIMUM_API_VERSION}.0.`,
      fix: `Set "apiVersion" in the console’s config.json to ${MINIMUM_API_VERSION}.0 or later.`,
    };
  }
  const offered =
    versions.kind === 'answered' && versions.status >= 200 && versions.status < 300
      ? offeredVersions(versions.body)
      : undefined;
  if (!offered) {
    return {
      ...base,
      status: 'unknown',
      detail: 'Not checked: the org must answer this console first (see above).',
    };
  }
  if (offered.includes(target.apiVersion)) {
    return { ...base, status: 'pass', detail: `The org offers API ${target.apiVersion}.` };
  }
  const newest = offered.at(-1);
  return {
    ...base,
    status: 'fail',
    detail: `The org does not offer API ${target.apiVersion}${newest ? `; the newest it offers is ${newest}` : ''}.`,
    fix:
      `Set "apiVersion" in the console’s config.json to a version the org offers, ` +
      `${MINIMUM_API_VERSION}.0 or later${newest ? ` (such as ${newest})` : ''}.`,
  };
}

/** The `version` strings of `GET /services/data/` (§4.1), oldest first, or undefined. */
export function offeredVersions(body: unknown): string[] | undefined {
  if (!Array.isArray(body)) return undefined;
  const versions = body
    .map((entry: unknown) =>
      typeof entry === 'object' && entry !== null ? (entry as { version?: unknown }).version : null,
    )
    .filter((version): version is string => typeof version === 'string');
  return versions.length > 0 ? versions.sort((a, b) => Number(a) - Number(b)) : undefined;
}

function oauthErrorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  return typeof error === 'string' ? error : undefined;
}
