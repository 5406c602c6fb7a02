/**
 * Decides when each job's next processing step runs, by the org's pace (design.md §5):
 * - fast: as fast as possible, yielding to the event loop (setImmediate) between 10,000-row
 *   batches, so polls are answered at once and jobs run side by side;
 * - demo: visibly slow, a queue wait then small steps on a timer;
 * - manual: one step per manual clock tick, so tests see exact intermediate states.
 */
import type { IngestJob } from './ingest-job';
import type { IngestPace, IngestPort } from './ingest-port';
import type { JobProcessor } from './job-processor';
import { BATCH_ROWS } from './salesforce-choices';

/** Demo pace: how long a closed job waits in the queue, and the size and rhythm of its steps. */
export const DEMO_QUEUE_MS = 1000;
export const DEMO_STEP_MS = 500;
export const DEMO_STEP_ROWS = 2000;

export class JobScheduler {
  private readonly waitingForTick = new Set<IngestJob>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly immediates = new Set<ReturnType<typeof setImmediate>>();
  private readonly unsubscribe: () => void;
  private disposed = false;

  constructor(
    private readonly port: IngestPort,
    private readonly processor: JobProcessor,
    /** False once a job was deleted: its pending steps are dropped. */
    private readonly isLive: (job: IngestJob) => boolean,
  ) {
    this.unsubscribe = port.onTick(() => this.tick());
  }

  /** A job was just closed: start moving it. */
  start(job: IngestJob): void {
    this.schedule(job, true);
  }

  /** Stops every timer and listener (org reset or server close). */
  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    for (const timer of this.timers) clearTimeout(timer);
    for (const immediate of this.immediates) clearImmediate(immediate);
    this.timers.clear();
    this.immediates.clear();
    this.waitingForTick.clear();
  }

  /** Jobs parked for a manual tick resume if the pace is no longer manual. Cheap; call it often. */
  resumeIfPaceChanged(): void {
    if (this.waitingForTick.size > 0 && this.port.pace() !== 'manual') this.repace();
  }

  /** Jobs parked for a manual tick resume at the pace now set (after a pace change). */
  repace(): void {
    const parked = [...this.waitingForTick];
    this.waitingForTick.clear();
    for (const job of parked) this.schedule(job, false);
  }

  private schedule(job: IngestJob, first: boolean): void {
    if (this.disposed) return;
    const pace: IngestPace = this.port.pace();
    switch (pace) {
      case 'fast': {
        const immediate = setImmediate(() => {
          this.immediates.delete(immediate);
          this.run(job, BATCH_ROWS);
        });
        this.immediates.add(immediate);
        return;
      }
      case 'demo': {
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            this.run(job, DEMO_STEP_ROWS);
          },
          first ? DEMO_QUEUE_MS : DEMO_STEP_MS,
        );
        // A paced job alone must not keep a stopped emulator's process alive.
        timer.unref?.();
        this.timers.add(timer);
        return;
      }
      case 'manual':
        this.waitingForTick.add(job);
        return;
    }
  }

  private tick(): void {
    const due = [...this.waitingForTick];
    this.waitingForTick.clear();
    for (const job of due) this.run(job, BATCH_ROWS);
  }

  private run(job: IngestJob, maxRows: number): void {
    if (this.disposed || !this.isLive(job)) return;
    if (this.processor.step(job, maxRows) === 'more') this.schedule(job, false);
  }
}
