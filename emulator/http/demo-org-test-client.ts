/**
 * Test helpers that talk to a running demo org over real HTTP (design.md §7): the control
 * plane, the password grant, and the whole authorize → login form → code → token dance.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DEMO_CLIENT_ID } from '../core/emulator-config';

export const ADMIN = { username: 'admin@forklift.demo', password: 'forklift' } as const;
export const ANALYST = { username: 'analyst@forklift.demo', password: 'forklift' } as const;
export const REDIRECT_URI = 'http://localhost:5173/oauth/callback';
export const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' } as const;

export interface TokenBody {
  access_token: string;
  refresh_token?: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: string;
  issued_at: string;
}

export async function control(
  baseUrl: string,
  path: string,
  body?: unknown,
  method: 'POST' | 'PATCH' | 'GET' = 'POST',
): Promise<Response> {
  return fetch(`${baseUrl}/__emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function postForm(
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return fetch(url, {
    method: 'POST',
    headers: { ...FORM, ...headers },
    body: new URLSearchParams(params),
  });
}

export async function passwordGrant(
  baseUrl: string,
  user: { username: string; password: string } = ADMIN,
) {
  const response = await postForm(`${baseUrl}/services/oauth2/token`, {
    grant_type: 'password',
    client_id: DEMO_CLIENT_ID,
    username: user.username,
    password: user.password,
  });
  if (response.status !== 200) throw new Error(`password grant: HTTP ${response.status}`);
  return (await response.json()) as TokenBody;
}

export function newVerifier(): { verifier: string; challenge: string } {
  const verifier = randomBytes(96).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * GETs the login page, POSTs the form as a browser would (every hidden field plus username,
 * password and the button), and returns the redirect's Location without following it.
 */
export async function logIn(
  baseUrl: string,
  query: Record<string, string>,
  user: { username: string; password: string } = ADMIN,
  action: 'login' | 'deny' = 'login',
): Promise<Response> {
  const page = await fetch(`${baseUrl}/services/oauth2/authorize?${new URLSearchParams(query)}`);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`login page: HTTP ${page.status}: ${html}`);
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.append(match[1]!, decodeHtml(match[2]!));
  }
  form.append('username', user.username);
  form.append('password', user.password);
  form.append('action', action);
  return fetch(`${baseUrl}/services/oauth2/authorize`, {
    method: 'POST',
    headers: { ...FORM, Origin: baseUrl },
    body: form,
    redirect: 'manual',
  });
}

/** Signs in with PKCE and returns the code from the redirect. */
export async function authorizationCode(
  baseUrl: string,
  challenge: string,
  extra: Record<string, string> = {},
): Promise<string> {
  const response = await logIn(baseUrl, {
    response_type: 'code',
    client_id: DEMO_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'test-state',
    ...extra,
  });
  const code = new URL(response.headers.get('Location') ?? '').searchParams.get('code');
  if (response.status !== 302 || !code) throw new Error(`no code: HTTP ${response.status}`);
  return code;
}

export function exchangeCode(
  baseUrl: string,
  code: string,
  verifier?: string,
  redirectUri = REDIRECT_URI,
) {
  return postForm(`${baseUrl}/services/oauth2/token`, {
    grant_type: 'authorization_code',
    code,
    client_id: DEMO_CLIENT_ID,
    redirect_uri: redirectUri,
    ...(verifier === undefined ? {} : { code_verifier: verifier }),
  });
}

export function api(baseUrl: string, path: string, token: string, init: RequestInit = {}) {
  return fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
