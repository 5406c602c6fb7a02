/**
 * The org's ingest engine: one IngestService and one FaultState per EmulatorOrg, kept in the
 * org's `services` slot and rebuilt on every reset (jobs, timers and faults go with the records).
 * The ingest routes, the fault middleware and the control plane all reach them through here.
 */
import type { EmulatorOrg } from '../emulator-org';
import { FaultState } from '../faults/fault-state';
import { normalizeId } from '../ids';
import type { IngestPort } from './ingest-port';
import { IngestService } from './ingest-service';

const SERVICE_KEY = 'ingest';

export interface IngestEngine {
  readonly service: IngestService;
  readonly faults: FaultState;
}

/** The ingest port over an emulator org: reads `org.store` each time (reset replaces it). */
export function createOrgIngestPort(org: EmulatorOrg): IngestPort {
  return {
    get schema() {
      return org.schema;
    },
    get store() {
      return org.store;
    },
    ids: {
      normalize: normalizeId,
      objectOfId: (id) => org.schema.getObjectByKeyPrefix(id.slice(0, 3))?.name,
    },
    now: () => org.clock.now(),
    pace: () => org.config.pace,
    onTick: (listener) =>
      org.clock.onChange((change) => {
        if (change.advancedMs > 0) listener();
      }),
    canHardDelete: (userId) => org.permissionsOf(userId).bulkApiHardDelete,
    seed: () => org.seed,
  };
}

function createEngine(org: EmulatorOrg): IngestEngine {
  const port = createOrgIngestPort(org);
  const jobs: { service?: IngestService } = {};
  const faults = new FaultState((jobId) => {
    const job = jobs.service?.findJob(jobId);
    return job && { id: job.id, objectName: job.objectName };
  });
  jobs.service = new IngestService(port, faults);
  return { service: jobs.service, faults };
}

/** The org's engine, created on first use. */
export function ingestEngineOf(org: EmulatorOrg): IngestEngine {
  const existing = org.services.get(SERVICE_KEY) as IngestEngine | undefined;
  if (existing !== undefined) return existing;
  const engine = createEngine(org);
  org.services.set(SERVICE_KEY, engine);
  const unsubscribe = org.onReset(() => {
    unsubscribe();
    engine.service.dispose();
    engine.faults.clear();
    org.services.delete(SERVICE_KEY);
  });
  return engine;
}
