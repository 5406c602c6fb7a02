import type { SessionChannel, SessionMessage } from '../session-broadcast';

/**
 * BroadcastChannels of several "tabs" in one test, delivering at once (a real channel delivers
 * on a later task, which the session code tolerates; see session-manager.ts).
 */
export function createChannelHub() {
  const members = new Set<Set<(event: MessageEvent) => void>>();
  const sent: SessionMessage[] = [];
  function channel(): SessionChannel {
    const listeners = new Set<(event: MessageEvent) => void>();
    members.add(listeners);
    return {
      postMessage(message) {
        sent.push(message);
        for (const other of members) {
          if (other === listeners) continue;
          for (const listener of other) listener(new MessageEvent('message', { data: message }));
        }
      },
      addEventListener: (_type, listener) => void listeners.add(listener),
      removeEventListener: (_type, listener) => void listeners.delete(listener),
      close: () => void members.delete(listeners),
    };
  }
  return { channel, sent };
}
