/**
 * What the HTTP layer keeps per request. Route files (including ingest-routes.ts) type their
 * Hono apps with `EmulatorEnv` to read the signed-in session and the API version.
 */
import type { DemoUser } from '../core/seed/demo-org';

/** The caller behind a valid `Authorization: Bearer` token (set by requireSession). */
export interface ApiSession {
  user: DemoUser;
  /** 18-character org id. */
  orgId: string;
  accessToken: string;
}

export interface EmulatorEnv {
  Variables: {
    session: ApiSession;
    /** `62.0`, from the `vXX.X` path segment (set by requireApiVersion). */
    apiVersion: string;
  };
}
