import type { AppConfig } from '../../lib/app-config';
import { parseMyDomain, type MyDomainProblem } from '../../salesforce/session/my-domain';

/** The demo org's OAuth client (design.md §6); it exists in no real org. */
export const DEMO_CLIENT_ID = 'forklift-console';

export type OrgChoice = 'demo' | 'my-domain';

export interface ConnectForm {
  choice: OrgChoice;
  myDomain: string;
  consumerKey: string;
}

export interface SignInTarget {
  loginUrl: string;
  clientId: string;
}

export type ConnectProblem = MyDomainProblem | 'consumer-key-required';

export type SignInTargetResult =
  | { ok: true; target: SignInTarget }
  | { ok: false; field: 'myDomain' | 'consumerKey'; problem: ConnectProblem; host?: string };

/**
 * A real org needs its own consumer key: the one typed here, else `clientId` from config.json —
 * unless that is still the demo org's, which no real org knows.
 */
export function consumerKeyRequired(config: AppConfig): boolean {
  return config.clientId === DEMO_CLIENT_ID;
}

export function resolveSignInTarget(form: ConnectForm, config: AppConfig): SignInTargetResult {
  if (form.choice === 'demo') {
    return { ok: true, target: { loginUrl: config.demoOrgUrl, clientId: config.clientId } };
  }
  const parsed = parseMyDomain(form.myDomain);
  if (!parsed.ok) {
    return {
      ok: false,
      field: 'myDomain',
      problem: parsed.problem,
      ...(parsed.host ? { host: parsed.host } : {}),
    };
  }
  const { loginUrl } = parsed;
  const typedKey = form.consumerKey.trim();
  if (typedKey) return { ok: true, target: { loginUrl, clientId: typedKey } };
  if (loginUrl === config.demoOrgUrl || !consumerKeyRequired(config)) {
    return { ok: true, target: { loginUrl, clientId: config.clientId } };
  }
  return { ok: false, field: 'consumerKey', problem: 'consumer-key-required' };
}

/** What went wrong and what to do about it, for the alert on the Connect page. */
export function connectProblemMessage(problem: ConnectProblem, host?: string): string {
  switch (problem) {
    case 'empty':
      return 'Enter your My Domain, such as acme or acme--uat.sandbox. Setup → My Domain shows it.';
    case 'generic-login-host':
      return (
        `${host ?? 'This host'} cannot be used: Salesforce allows sign-in from a browser app ` +
        '(CORS on OAuth endpoints) only on your org’s My Domain. Enter the My Domain instead, ' +
        'such as acme or acme--uat.sandbox (Setup → My Domain).'
      );
    case 'not-https':
      return `${host ?? 'This address'} is not https. Enter the https address of your My Domain.`;
    case 'invalid':
      return 'That is not a My Domain. Enter a name such as acme, acme--uat.sandbox, or the full https URL.';
    case 'consumer-key-required':
      return (
        'Enter the consumer key of your org’s External Client App (Setup → External Client App ' +
        'Manager → your app → OAuth Settings). Your admin can give it to you.'
      );
  }
}
