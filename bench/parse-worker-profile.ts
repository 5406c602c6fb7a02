/**
 * A CPU profile of the drop step's parse worker (BENCH_PROFILE=1): started over CDP as soon as the
 * worker attaches, saved as a .cpuprofile (open it in Chrome DevTools), and summarised as the
 * functions with the most self time.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP_FUNCTIONS = 15;

export async function profileWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  let worker: string | null = null;
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const send = (sessionId: string, method: string, params = {}) => {
    const id = nextId++;
    const reply = new Promise<unknown>((resolve) => pending.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  };
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result);
  });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'worker' || worker !== null) return;
    worker = sessionId;
    void send(sessionId, 'Profiler.enable').then(() => send(sessionId, 'Profiler.start'));
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  return {
    async save(path: string): Promise<void> {
      if (worker === null) throw new Error('no worker attached to profile');
      const { profile } = (await send(worker, 'Profiler.stop')) as { profile: CpuProfile };
      await writeFile(path, JSON.stringify(profile));
      await cdp.detach();
      summarise(profile, path);
    },
  };
}

function summarise(profile: CpuProfile, path: string): void {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((nodeId, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byNode.get(nodeId)?.callFrame;
    const file = frame?.url.split('/').at(-1) ?? '';
    const key = frame
      ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
      : '?';
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
    totalMs += ms;
  });
  console.info(`\nWorker CPU profile (${path}), self time, top ${TOP_FUNCTIONS}:`);
  [...selfMs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_FUNCTIONS)
    .forEach(([name, ms]) =>
      console.info(
        `${ms.toFixed(0).padStart(7)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`,
      ),
    );
}
