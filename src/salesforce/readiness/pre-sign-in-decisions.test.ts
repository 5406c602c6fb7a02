import { describe, expect, it } from 'vitest';
import {
  apiVersionCheck,
  oauthCorsCheck,
  offeredVersions,
  reachabilityCheck,
  type ProbeOutcome,
  type ProbeTarget,
  type ReachabilityObservation,
} from './pre-sign-in-decisions';

const MY_DOMAIN: ProbeTarget = {
  apiHost: 'https://acme.my.salesforce.com',
  loginHost: 'https://acme.my.salesforce.com',
  consoleOrigin: 'http://localhost:4174',
  apiVersion: '62.0',
  isDemoOrg: false,
};
const DEMO: ProbeTarget = {
  ...MY_DOMAIN,
  apiHost: 'http://localhost:4455',
  loginHost: 'http://localhost:4455',
  isDemoOrg: true,
};
const VERSIONS = [
  { label: "Winter '25", url: '/services/data/v62.0', version: '62.0' },
  { label: "Summer '21", url: '/services/data/v52.0', version: '52.0' },
  { label: "Spring '25", url: '/services/data/v63.0', version: '63.0' },
];
const answered = (status: number, body?: unknown): ProbeOutcome => ({
  kind: 'answered',
  status,
  body,
});
const NO_ANSWER: ProbeOutcome = { kind: 'no-answer' };

describe('reachabilityCheck', () => {
  it.each<[string, ReachabilityObservation, ProbeTarget, string, RegExp, RegExp | undefined]>([
    [
      'a readable versions list',
      { online: true, cors: answered(200, VERSIONS), noCors: 'skipped' },
      MY_DOMAIN,
      'pass',
      /allowlist contains http:\/\/localhost:4174/,
      undefined,
    ],
    [
      'a CORS failure the no-cors request gets through',
      { online: true, cors: NO_ANSWER, noCors: 'answered' },
      MY_DOMAIN,
      'fail',
      /not contain this console’s origin http:\/\/localhost:4174/,
      /^Ask your Salesforce admin to open Setup → CORS → New and enter Origin URL pattern: http:\/\/localhost:4174, then check again\.$/,
    ],
    [
      'the same for the demo org',
      { online: true, cors: NO_ANSWER, noCors: 'answered' },
      DEMO,
      'fail',
      /CORS allowlist/,
      /EMULATOR_CORS_ORIGINS/,
    ],
    [
      'both requests failing',
      { online: true, cors: NO_ANSWER, noCors: 'no-answer' },
      MY_DOMAIN,
      'fail',
      /could not be reached/,
      /Setup → My Domain/,
    ],
    [
      'the demo org down',
      { online: true, cors: NO_ANSWER, noCors: 'no-answer' },
      DEMO,
      'fail',
      /could not be reached/,
      /npm run emulator/,
    ],
    [
      'an offline browser',
      { online: false, cors: NO_ANSWER, noCors: 'no-answer' },
      MY_DOMAIN,
      'fail',
      /offline/,
      /Reconnect/,
    ],
    [
      'a host that is not an org',
      { online: true, cors: answered(404), noCors: 'skipped' },
      MY_DOMAIN,
      'fail',
      /HTTP 404/,
      /My Domain/,
    ],
  ])('%s', (_, observation, target, status, detail, fix) => {
    const check = reachabilityCheck(observation, target);
    expect(check).toMatchObject({ id: 'reachability', status });
    expect(check.detail).toMatch(detail);
    if (fix) expect(check.fix).toMatch(fix);
    else expect(check.fix).toBeUndefined();
  });

  it('says offline before it blames CORS, whatever the no-cors request did', () => {
    const check = reachabilityCheck(
      { online: false, cors: NO_ANSWER, noCors: 'answered' },
      MY_DOMAIN,
    );
    expect(check.detail).toMatch(/offline/);
  });
});

describe('oauthCorsCheck', () => {
  const reachable = reachabilityCheck(
    { online: true, cors: answered(200, VERSIONS), noCors: 'skipped' },
    MY_DOMAIN,
  );
  const blocked = reachabilityCheck(
    { online: true, cors: NO_ANSWER, noCors: 'answered' },
    MY_DOMAIN,
  );

  it('passes on a readable OAuth error for the made-up code', () => {
    const check = oauthCorsCheck(
      reachable,
      answered(400, { error: 'invalid_grant', error_description: 'authentication failure' }),
      MY_DOMAIN,
    );
    expect(check).toMatchObject({ id: 'oauth-cors', status: 'pass' });
  });

  it('fails with the Setup checkbox to tick when the token answer cannot be read', () => {
    const check = oauthCorsCheck(reachable, NO_ANSWER, MY_DOMAIN);
    expect(check.status).toBe('fail');
    expect(check.fix).toMatch(/Setup → CORS and tick "Enable CORS for OAuth endpoints"/);
    expect(check.fix).toMatch(/http:\/\/localhost:4174/);
  });

  it('cannot tell while the API itself is blocked', () => {
    expect(oauthCorsCheck(blocked, { kind: 'skipped' }, MY_DOMAIN).status).toBe('unknown');
    expect(oauthCorsCheck(blocked, NO_ANSWER, MY_DOMAIN).status).toBe('unknown');
  });

  it('cannot tell from an answer that is not an OAuth error', () => {
    expect(oauthCorsCheck(reachable, answered(200, '<html>'), MY_DOMAIN).status).toBe('unknown');
  });
});

describe('apiVersionCheck', () => {
  it('passes when the org offers the console’s version', () => {
    expect(apiVersionCheck(answered(200, VERSIONS), MY_DOMAIN)).toMatchObject({ status: 'pass' });
  });

  it('fails and names the newest offered version when the org lacks it', () => {
    const check = apiVersionCheck(answered(200, VERSIONS), { ...MY_DOMAIN, apiVersion: '64.0' });
    expect(check.status).toBe('fail');
    expect(check.detail).toMatch(/newest it offers is 63\.0/);
    expect(check.fix).toMatch(/config\.json/);
  });

  it('fails a console version older than 53.0 whatever the org offers', () => {
    const check = apiVersionCheck(answered(200, VERSIONS), { ...MY_DOMAIN, apiVersion: '52.0' });
    expect(check.status).toBe('fail');
    expect(check.fix).toMatch(/53\.0 or later/);
  });

  it('cannot tell without a readable versions list', () => {
    expect(apiVersionCheck(NO_ANSWER, MY_DOMAIN).status).toBe('unknown');
    expect(apiVersionCheck(answered(403, [{ errorCode: 'CORS' }]), MY_DOMAIN).status).toBe(
      'unknown',
    );
  });
});

describe('offeredVersions', () => {
  it('reads version strings, oldest first', () => {
    expect(offeredVersions(VERSIONS)).toEqual(['52.0', '62.0', '63.0']);
    expect(offeredVersions({})).toBeUndefined();
  });
});
