import { describe, expect, it } from 'vitest';
import {
  isOAuthCallbackReceived,
  oauthCallbackMessage,
  oauthCallbackReceived,
  readOAuthCallbackMessage,
} from './popup-callback-messages';

const ORIGIN = 'https://forklift.example.com';
/** Any object stands for a window here: the check is identity with the window we opened. */
const popup = new MessageChannel().port1;
const stranger = new MessageChannel().port1;
const expected = { origin: ORIGIN, source: popup };

const event = (data: unknown, origin = ORIGIN, source: MessagePort | null = popup) =>
  new MessageEvent('message', { data, origin, source });

describe('the sign-in window’s answer, as the opener tab reads it', () => {
  it('takes a code and state from the window it opened, on its own origin', () => {
    const message = oauthCallbackMessage({ kind: 'code', code: 'aPrx==', state: 's1' });
    expect(readOAuthCallbackMessage(event(message), expected)).toEqual({
      kind: 'code',
      code: 'aPrx==',
      state: 's1',
    });
  });

  it('takes Salesforce’s error too, so the tab can say what happened', () => {
    const message = oauthCallbackMessage({
      kind: 'error',
      error: 'access_denied',
      description: 'end-user denied authorization',
    });
    expect(readOAuthCallbackMessage(event(message), expected)).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'end-user denied authorization',
    });
  });

  it.each([
    [
      'another origin',
      event(oauthCallbackMessage({ kind: 'code', code: 'c', state: 's' }), 'https://evil.example'),
    ],
    [
      'another window',
      event(oauthCallbackMessage({ kind: 'code', code: 'c', state: 's' }), ORIGIN, stranger),
    ],
    [
      'no window at all',
      event(oauthCallbackMessage({ kind: 'code', code: 'c', state: 's' }), ORIGIN, null),
    ],
    [
      'another message type',
      event({ type: 'token-refreshed', params: { kind: 'code', code: 'c', state: 's' } }),
    ],
    [
      'an empty code',
      event({ type: 'forklift-oauth-callback', params: { kind: 'code', code: '', state: 's' } }),
    ],
    [
      'a state that is not text',
      event({ type: 'forklift-oauth-callback', params: { kind: 'code', code: 'c', state: 1 } }),
    ],
    ['no params', event({ type: 'forklift-oauth-callback' })],
    ['a string', event('forklift-oauth-callback')],
  ])('ignores a message from %s', (_, message) => {
    expect(readOAuthCallbackMessage(message, expected)).toBeUndefined();
  });

  it('ignores everything when it expects no window', () => {
    const message = oauthCallbackMessage({ kind: 'code', code: 'c', state: 's' });
    expect(
      readOAuthCallbackMessage(event(message, ORIGIN, null), { origin: ORIGIN, source: null }),
    ).toBeUndefined();
  });
});

describe('the opener tab’s "received", as the sign-in window reads it', () => {
  it('counts only from the opener, on its own origin', () => {
    expect(isOAuthCallbackReceived(event(oauthCallbackReceived), expected)).toBe(true);
    expect(
      isOAuthCallbackReceived(event(oauthCallbackReceived, 'https://evil.example'), expected),
    ).toBe(false);
    expect(isOAuthCallbackReceived(event(oauthCallbackReceived, ORIGIN, stranger), expected)).toBe(
      false,
    );
    expect(isOAuthCallbackReceived(event({ type: 'something-else' }), expected)).toBe(false);
  });
});
