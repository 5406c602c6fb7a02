import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from '../core/emulator-config';
import { freshDemoOrg } from './fresh-demo-org';
import { ADMIN, REDIRECT_URI, logIn } from './demo-org-test-client';

const demo = freshDemoOrg();

describe('the login page', () => {
  it('is an accessible form that carries the authorization request', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: DEMO_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      state: 'a"b<c>',
    });
    const response = await fetch(`${demo.url}/services/oauth2/authorize?${query}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toMatch(/<button type="submit"[^>]*>Log In<\/button>/);
    expect(html).toContain('name="state" value="a&quot;b&lt;c&gt;"');
  });

  it('shows a wrong password in an alert and lets the user try again', async () => {
    const response = await logIn(
      demo.url,
      { response_type: 'code', client_id: DEMO_CLIENT_ID, redirect_uri: REDIRECT_URI },
      { username: ADMIN.username, password: 'wrong' },
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/role="alert"[^>]*>Please check your username and password/);
    expect(html).toContain(`value="${ADMIN.username}"`);
  });

  it.each([
    [
      'an unknown client',
      { client_id: 'someone-else', redirect_uri: REDIRECT_URI },
      'invalid_client_id',
    ],
    [
      'an unregistered redirect URI',
      { client_id: DEMO_CLIENT_ID, redirect_uri: 'https://evil.example/cb' },
      'redirect_uri_mismatch',
    ],
  ])('shows an error page, never a redirect, for %s', async (_, params, error) => {
    const query = new URLSearchParams({ response_type: 'code', ...params });
    const response = await fetch(`${demo.url}/services/oauth2/authorize?${query}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.text()).toContain(`error=${error}`);
  });

  it.each([
    ['an unsupported response type', { response_type: 'token' }, 'unsupported_response_type'],
    [
      'an unknown challenge method',
      { response_type: 'code', code_challenge: 'x', code_challenge_method: 'S512' },
      'invalid_request',
    ],
    [
      'a scope the client does not have',
      { response_type: 'code', scope: 'api chatter_api' },
      'invalid_scope',
    ],
  ])(
    'redirects %s back as error and error_description with the state',
    async (_, params, error) => {
      const query = new URLSearchParams({
        client_id: DEMO_CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        state: 's 1',
        ...params,
      });
      const response = await fetch(`${demo.url}/services/oauth2/authorize?${query}`, {
        redirect: 'manual',
      });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('Location')!);
      expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
      expect(location.searchParams.get('error')).toBe(error);
      expect(location.searchParams.get('error_description')).toBeTruthy();
      expect(location.searchParams.get('state')).toBe('s 1');
    },
  );

  it('redirects access_denied when the user cancels', async () => {
    const response = await logIn(
      demo.url,
      { response_type: 'code', client_id: DEMO_CLIENT_ID, redirect_uri: REDIRECT_URI, state: 'st' },
      ADMIN,
      'deny',
    );
    const location = new URL(response.headers.get('Location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('error_description')).toBe('end-user denied authorization');
    expect(location.searchParams.get('state')).toBe('st');
  });
});
