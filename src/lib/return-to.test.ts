import { describe, expect, it } from 'vitest';
import { connectPathFor, DEFAULT_RETURN_TO, safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/jobs', '/jobs'],
    ['/loads/abc?tab=results#row-3', '/loads/abc?tab=results#row-3'],
    [null, DEFAULT_RETURN_TO],
    ['', DEFAULT_RETURN_TO],
    ['jobs', DEFAULT_RETURN_TO],
    ['//evil.example/phish', DEFAULT_RETURN_TO],
    ['/\\evil.example', DEFAULT_RETURN_TO],
    ['https://evil.example/', DEFAULT_RETURN_TO],
    ['/connect?returnTo=/jobs', DEFAULT_RETURN_TO],
    ['/oauth/callback?code=x', DEFAULT_RETURN_TO],
  ])('%j → %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it('round-trips through the Connect URL', () => {
    const path = connectPathFor('/loads/new?x=1&y=2');
    const returnTo = new URL(path, 'http://localhost').searchParams.get('returnTo');
    expect(safeReturnTo(returnTo)).toBe('/loads/new?x=1&y=2');
  });
});
