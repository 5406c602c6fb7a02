/**
 * Runs the checks that need no token against an org, from this browser tab (issue 7). The probes
 * are the effects; pre-sign-in-decisions.ts decides. A dummy token request with a made-up code
 * changes nothing in the org: Salesforce answers it with `invalid_grant`.
 */
import {
  apiVersionCheck,
  oauthCorsCheck,
  reachabilityCheck,
  type ProbeOutcome,
  type ProbeTarget,
} from './pre-sign-in-decisions';
import type { ReadinessCheck } from './readiness-check';

export interface ProbeEnvironment {
  fetch: typeof fetch;
  isOnline: () => boolean;
}

/** A host that neither answers nor refuses (a firewall dropping packets) counts as unreachable. */
export const PROBE_TIMEOUT_MS = 10_000;
const DUMMY_CODE = 'forklift-readiness-probe';
/** RFC 7636 wants 43–128 characters; the value never matches anything. */
const DUMMY_VERIFIER = 'forklift-readiness-probe-verifier-0000000000000';

export function browserProbeEnvironment(): ProbeEnvironment {
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    isOnline: () => globalThis.navigator?.onLine ?? true,
  };
}

export interface PreSignInProbeOptions extends ProbeTarget {
  clientId: string;
  /** The redirect URI the console registers, sent as a real sign-in would. */
  redirectUri: string;
}

export async function runPreSignInChecks(
  options: PreSignInProbeOptions,
  environment: ProbeEnvironment = browserProbeEnvironment(),
): Promise<ReadinessCheck[]> {
  const versionsUrl = `${options.apiHost}/services/data/`;
  const cors = await probe(environment, versionsUrl, { headers: { Accept: 'application/json' } });
  let noCors: 'answered' | 'no-answer' | 'skipped' = 'skipped';
  if (cors.kind === 'no-answer') {
    const opaque = await probe(environment, versionsUrl, { mode: 'no-cors' });
    noCors = opaque.kind === 'answered' ? 'answered' : 'no-answer';
  }
  const reachability = reachabilityCheck({ online: environment.isOnline(), cors, noCors }, options);
  const token: ProbeOutcome =
    reachability.status === 'pass'
      ? await probe(environment, `${options.loginHost}/services/oauth2/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            code: DUMMY_CODE,
            client_id: options.clientId,
            redirect_uri: options.redirectUri,
            code_verifier: DUMMY_VERIFIER,
          }).toString(),
        })
      : { kind: 'skipped' };
  return [
    reachability,
    oauthCorsCheck(reachability, token, options),
    apiVersionCheck(cors, options),
  ];
}

/** One fetch: a readable answer (with its JSON body when it has one), or no answer. */
async function probe(
  environment: ProbeEnvironment,
  url: string,
  init: RequestInit,
): Promise<ProbeOutcome> {
  let response: Response;
  try {
    response = await environment.fetch(url, {
      ...init,
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
  } catch {
    return { kind: 'no-answer' };
  }
  if (response.type === 'opaque') return { kind: 'answered', status: 0, body: undefined };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return { kind: 'answered', status: response.status, body };
}
