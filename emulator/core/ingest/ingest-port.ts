/**
 * What the ingest engine needs from the org, so the engine stays a pure core over an interface:
 * the schema and record store (shared with SOQL), id rules, the clock, the pace and permissions.
 * emulator/http/ingest-routes.ts builds it from the emulator org.
 */
import type { OrgSchema, RecordStore } from '../contracts';
import type { IdRules } from './value-parsers';

/** demo: visibly slow; fast: as fast as possible; manual: one step per clock tick. */
export type IngestPace = 'demo' | 'fast' | 'manual';

export interface IngestPort {
  readonly schema: OrgSchema;
  readonly store: RecordStore;
  readonly ids: IdRules;
  /** The org clock, in epoch milliseconds. */
  now(): number;
  pace(): IngestPace;
  /** Calls the listener after every manual clock tick; returns the unsubscribe function. */
  onTick(listener: () => void): () => void;
  /** "Bulk API Hard Delete" (§1.2). */
  canHardDelete(userId: string): boolean;
  /** Seed for the reproducible choices: result row order, fault rates. */
  seed(): number;
}

/** Faults that act inside processing rather than on HTTP calls (see emulator/core/faults). */
export interface ProcessingFaults {
  /** True when this row of this job should fail with UNABLE_TO_LOCK_ROW. */
  lockFails(jobId: string, rowIndex: number): boolean;
  /** When set, the job goes Failed with this message once it has processed this many rows. */
  failAfter(jobId: string): { rows: number; message: string } | undefined;
}

export const NO_PROCESSING_FAULTS: ProcessingFaults = {
  lockFails: () => false,
  failAfter: () => undefined,
};
