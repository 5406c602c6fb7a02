/**
 * The sign-in window's side of the hand-back, with real windows: this test page plays the sign-in
 * window, and a real same-origin popup plays the Forklift tab that answers (or does not).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handBackToOpener, sameOriginOpener } from './hand-back-to-opener';
import { OAUTH_CALLBACK_MESSAGE, OAUTH_CALLBACK_RECEIVED } from './popup-callback-messages';

const windows: Window[] = [];
afterEach(() => {
  for (const win of windows.splice(0)) win.close();
});

type EvalWindow = Window & { eval(code: string): unknown; received?: unknown[] };

function openBlank(): EvalWindow {
  const win = window.open('about:blank', `hand-back-test-${crypto.randomUUID()}`);
  if (!win) throw new Error('the browser refused a popup');
  windows.push(win);
  return win as EvalWindow;
}

/** The "opener tab": records what it gets and, when asked, answers "received" to the sender. */
function listeningTab(answer: boolean): EvalWindow {
  const tab = openBlank();
  tab.eval(`
    window.received = [];
    addEventListener('message', (event) => {
      window.received.push({ data: event.data, origin: event.origin });
      if (${answer}) event.source.postMessage({ type: ${JSON.stringify(OAUTH_CALLBACK_RECEIVED)} }, event.origin);
    });
  `);
  return tab;
}

describe('handing the sign-in back to the opener', () => {
  it('posts the code and state to the opener only, on this origin, and hears it was received', async () => {
    const tab = listeningTab(true);
    const params = { kind: 'code', code: 'aPrx==', state: 's1' } as const;
    await expect(handBackToOpener(tab, params)).resolves.toBe(true);
    expect(tab.received).toEqual([
      { data: { type: OAUTH_CALLBACK_MESSAGE, params }, origin: location.origin },
    ]);
  });

  it('gives up when the opener does not answer (closed, reloaded, moved away)', async () => {
    const tab = listeningTab(false);
    const params = { kind: 'error', error: 'access_denied', description: 'denied' } as const;
    await expect(handBackToOpener(tab, params, window, 300)).resolves.toBe(false);
    expect(tab.received).toHaveLength(1);
  });

  it('counts only a same-origin window that opened this one as the opener', () => {
    expect(sameOriginOpener(window)).toBeNull();
    const popup = openBlank();
    expect(sameOriginOpener(popup)).toBe(window);
    // A window whose opener has closed since: nobody is left to hand the sign-in to.
    const grandchild = popup.eval(`open('about:blank', 'hand-back-test-grandchild')`) as Window;
    windows.push(grandchild);
    expect(sameOriginOpener(grandchild)).toBe(popup);
    popup.close();
    expect(sameOriginOpener(grandchild)).toBeNull();
  });
});
