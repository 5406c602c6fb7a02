/**
 * Peak memory while something runs: heapUsed + arrayBuffers, sampled every few
 * milliseconds (the demo org yields between batches, so samples land during processing), against
 * a baseline taken after a full GC. Needs `node --expose-gc`.
 */
const SAMPLE_MS = 5;

interface Sample {
  bytes: number;
  records: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run with node --expose-gc (npm run bench:emulator does)');
  gc();
  gc();
}

const used = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

export class MemoryProbe {
  private readonly samples: Sample[] = [];
  private readonly timer: ReturnType<typeof setInterval>;

  private constructor(
    readonly baseline: number,
    private readonly storedRecords: () => number,
  ) {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  /** Collects garbage, takes the baseline and starts sampling. */
  static async start(storedRecords: () => number): Promise<MemoryProbe> {
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    return new MemoryProbe(used(), storedRecords);
  }

  /** Memory in use after a full GC. */
  static async settled(): Promise<number> {
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    return used();
  }

  sample(): void {
    this.samples.push({ bytes: used(), records: this.storedRecords() });
  }

  stop(): Sample[] {
    this.sample();
    clearInterval(this.timer);
    return this.samples;
  }

  /** The highest sample above the baseline, less what the records stored by then take up. */
  peakExcludingStored(samples: readonly Sample[], storedBytesPerRecord: number): number {
    let peak = 0;
    for (const s of samples)
      peak = Math.max(peak, s.bytes - this.baseline - storedBytesPerRecord * s.records);
    return peak;
  }
}
