/**
 * The demo org's sign-in page (`GET /services/oauth2/authorize`): labelled fields, one heading,
 * errors announced in a `role="alert"`, and the authorization request carried in hidden fields.
 */
import type { OAuthError } from '../core/oauth/oauth-types';

/** The query parameters a login form carries through to its POST. */
export const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'scope',
  'code_challenge',
  'code_challenge_method',
  'login_hint',
  'prompt',
  'display',
  'nonce',
] as const;

export const LOGIN_FAILED_MESSAGE =
  "Please check your username and password. If you still can't log in, contact your Salesforce administrator.";

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f3f3f3; color: #181818; margin: 0; }
  main { max-width: 24rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: .5rem;
         box-shadow: 0 2px 6px rgba(0,0,0,.15); }
  h1 { font-size: 1.5rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
  input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .6rem;
         border: 1px solid #747474; border-radius: .25rem; font-size: 1rem; }
  .actions { display: flex; gap: .75rem; margin-top: 1.5rem; }
  button { font-size: 1rem; padding: .6rem 1.2rem; border-radius: .25rem; border: 1px solid #0b5cab;
         cursor: pointer; }
  button.primary { background: #0b5cab; color: #fff; }
  button.secondary { background: #fff; color: #0b5cab; }
  button:focus-visible, input:focus-visible { outline: 3px solid #1b96ff; outline-offset: 2px; }
  [role=alert] { background: #fef1ee; border: 1px solid #ba0517; color: #8e030f; padding: .75rem;
         border-radius: .25rem; }
  .hint { color: #444; font-size: .9rem; }`;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface LoginPageOptions {
  params: Record<string, string | undefined>;
  username?: string;
  error?: string;
}

export function loginPage({ params, username, error }: LoginPageOptions): string {
  const hidden = AUTHORIZE_PARAMS.filter((name) => params[name] !== undefined)
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params[name] ?? '')}">`)
    .join('\n');
  const alert = error ? `<div role="alert">${escapeHtml(error)}</div>` : '';
  const user = username ?? params.login_hint ?? '';
  return page(
    'Log In | Forklift Demo Org',
    `<h1>Log in to the Forklift demo org</h1>
${alert}
<form method="post" action="/services/oauth2/authorize">
${hidden}
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none"
  spellcheck="false" required value="${escapeHtml(user)}">
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div class="actions">
<button type="submit" class="primary" name="action" value="login">Log In</button>
<button type="submit" class="secondary" name="action" value="deny" formnovalidate>Cancel</button>
</div>
</form>
<p class="hint">Demo users: admin@forklift.demo and analyst@forklift.demo, password forklift.</p>`,
  );
}

/** Shown instead of a redirect when the client or its redirect URI cannot be trusted. */
export function oauthErrorPage(error: OAuthError): string {
  return page(
    'Error | Forklift Demo Org',
    `<h1>Sign-in error</h1>
<div role="alert"><p>OAuth_Error: error=${escapeHtml(error.error)}</p>
<p>error_description=${escapeHtml(error.error_description)}</p></div>`,
  );
}
