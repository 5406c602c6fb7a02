import { describe, expect, it } from 'vitest';
import { SignInError } from '../../salesforce/session/login-flow';
import { describeSignInError } from './sign-in-error-message';

const ORIGIN = 'https://forklift.example.com';

describe('describeSignInError', () => {
  it.each([
    [new SignInError('state-mismatch', 'x'), /does not belong/, /sign in again/],
    [new SignInError('no-pending-login', 'x'), /no sign-in to finish/, /sign in again/],
    [new SignInError('pending-login-expired', 'x'), /took too long/, /sign in again/],
    [
      new SignInError('authorization-error', 'end-user denied authorization', {
        oauthError: 'access_denied',
      }),
      /cancelled or access was denied/,
      /ask your admin/,
    ],
    [
      new SignInError('token-error', 'authentication failure', { oauthError: 'invalid_grant' }),
      /refused the sign-in code/,
      /single-use/,
    ],
    [
      new SignInError('token-error', 'client identifier invalid', {
        oauthError: 'invalid_client_id',
      }),
      /does not know this consumer key/,
      /10 minutes/,
    ],
    [
      new SignInError('network', 'x', { loginUrl: 'https://acme.my.salesforce.com' }),
      /could not reach https:\/\/acme\.my\.salesforce\.com/,
      /Allowed Origins List.*Enable CORS for OAuth endpoints/,
    ],
  ])('says what happened and what to do: %s', (error, title, action) => {
    const message = describeSignInError(error, ORIGIN);
    expect(message.title).toMatch(title);
    expect(message.action).toMatch(action);
  });

  it('keeps Salesforce’s own words in the detail', () => {
    const error = new SignInError('token-error', 'expired authorization code', {
      oauthError: 'invalid_grant',
    });
    expect(describeSignInError(error, ORIGIN).detail).toBe(
      'Salesforce said: expired authorization code (invalid_grant).',
    );
  });

  it('names the console origin to add to the CORS allowlist', () => {
    expect(describeSignInError(new SignInError('network', 'x'), ORIGIN).action).toContain(ORIGIN);
  });
});
