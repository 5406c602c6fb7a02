/**
 * Peak JS heap of a page and its workers, sampled over CDP while a run goes on. Workers are found
 * with `Target.setAutoAttach` on the page's own session and asked through
 * `Target.sendMessageToTarget` (non-flat sessions: Playwright's CDPSession cannot address a child
 * session directly). A sample is `Runtime.getHeapUsage`: used heap plus ArrayBuffer backing store
 * where Chromium reports it.
 */
import type { CDPSession, Page } from 'playwright';

const SAMPLE_EVERY_MS = 25;

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

export interface HeapPeak {
  /** Peak of (page + every worker) at the same sample, backing store included. */
  total: number;
  /** The same for the JS heap alone (`usedSize`). */
  used: number;
  page: number;
  workers: number;
  samples: number;
}

const bytesOf = (usage: HeapUsage) => usage.usedSize + (usage.backingStorageSize ?? 0);

export class HeapSampler {
  private readonly workers = new Set<string>();
  private readonly pending = new Map<number, (usage: HeapUsage) => void>();
  private nextId = 1;
  private running = true;
  private readonly peak: HeapPeak = { total: 0, used: 0, page: 0, workers: 0, samples: 0 };
  private loop: Promise<void> = Promise.resolve();

  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<HeapSampler> {
    const cdp = await page.context().newCDPSession(page);
    const sampler = new HeapSampler(cdp);
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') sampler.workers.add(sessionId);
    });
    cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
      if (sessionId) sampler.workers.delete(sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message) as { id?: number; result?: HeapUsage };
      if (reply.id !== undefined && reply.result) sampler.pending.get(reply.id)?.(reply.result);
      if (reply.id !== undefined) sampler.pending.delete(reply.id);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    sampler.loop = sampler.run();
    return sampler;
  }

  /** Workers attached right now (to check the worker is seen at all). */
  get workerCount(): number {
    return this.workers.size;
  }

  async stop(): Promise<HeapPeak> {
    this.running = false;
    await this.loop;
    await this.cdp.detach().catch(() => {});
    return this.peak;
  }

  private workerHeap(sessionId: string): Promise<HeapUsage | null> {
    const id = this.nextId++;
    const reply = new Promise<HeapUsage | null>((resolve) => {
      this.pending.set(id, resolve);
      setTimeout(() => resolve(null), 1_000);
    });
    const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
    this.cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {});
    return reply;
  }

  private async sample(): Promise<void> {
    const pageUsage = (await this.cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    const page = bytesOf(pageUsage);
    const workers = await Promise.all([...this.workers].map((id) => this.workerHeap(id)));
    const workerBytes = workers.reduce((n, usage) => n + (usage ? bytesOf(usage) : 0), 0);
    const workerUsed = workers.reduce((n, usage) => n + (usage?.usedSize ?? 0), 0);
    this.peak.samples++;
    this.peak.used = Math.max(this.peak.used, pageUsage.usedSize + workerUsed);
    this.peak.page = Math.max(this.peak.page, page);
    this.peak.workers = Math.max(this.peak.workers, workerBytes);
    this.peak.total = Math.max(this.peak.total, page + workerBytes);
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.sample();
      } catch {
        // The page is closing: the last samples are the ones that count.
      }
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  }
}
