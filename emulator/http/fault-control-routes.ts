/**
 * The ingest engine's part of the control plane (design.md §6), mounted at `/__emulator` next to
 * control-routes.ts:
 * - `PUT /faults` `{seed?, rules: [...]}` sets the faults (see core/faults/fault-rules.ts),
 *   `GET /faults` shows them with how often each fired, `DELETE /faults` clears them;
 * - `GET /jobs` lists every ingest job with its full JobInfo and row counts, for inspection.
 */
import { Hono } from 'hono';
import type { EmulatorOrg } from '../core/emulator-org';
import { checkFaultPlan } from '../core/faults/fault-rules';
import { ingestEngineOf } from '../core/ingest/ingest-engine';
import { ROW_OUTCOME } from '../core/ingest/ingest-types';
import { fullJobInfo } from '../core/ingest/job-info';
import { toSfJson } from '../core/ingest/sf-json';

export function createFaultControlRoutes(org: EmulatorOrg): Hono {
  const app = new Hono();
  const engine = () => ingestEngineOf(org);

  app.get('/faults', (c) => c.json(engine().faults.describe()));

  app.put('/faults', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'body must be JSON' }, 400);
    }
    const check = checkFaultPlan(body);
    if (!check.ok) return c.json({ error: check.error }, 400);
    engine().faults.set(check.plan);
    return c.json(engine().faults.describe());
  });

  app.delete('/faults', (c) => {
    engine().faults.clear();
    return c.json(engine().faults.describe());
  });

  app.get('/jobs', (c) => {
    const jobs = engine()
      .service.jobs()
      .map((job) => ({
        ...fullJobInfo(job),
        uploadBytes: job.upload?.length ?? 0,
        uploads: job.uploadCount,
        rows: {
          created: job.rows.count(ROW_OUTCOME.Created),
          succeeded: job.rows.count(ROW_OUTCOME.Succeeded),
          failed: job.rows.count(ROW_OUTCOME.Failed),
        },
      }));
    return c.body(toSfJson({ jobs }), 200, { 'Content-Type': 'application/json' });
  });

  return app;
}
