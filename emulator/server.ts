/**
 * Starts the demo org on @hono/node-server. Port 0 picks a free port; the public URL then
 * follows the real port unless one was given.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { defaultPublicUrl, type EmulatorConfig } from './core/emulator-config';
import { createEmulatorOrg, type EmulatorOrg } from './core/emulator-org';
import { createEmulatorApp } from './http/app';

export interface RunningEmulator {
  /** The public URL (`instance_url`), no trailing slash. */
  url: string;
  port: number;
  org: EmulatorOrg;
  close(): Promise<void>;
}

export async function startEmulator(
  overrides: Partial<EmulatorConfig> = {},
): Promise<RunningEmulator> {
  const org = createEmulatorOrg(overrides);
  const app = createEmulatorApp(org);
  const requestedPort = org.config.port;
  const publicUrlGiven =
    overrides.publicUrl !== undefined && overrides.publicUrl !== defaultPublicUrl(requestedPort);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      { fetch: app.fetch, port: requestedPort, hostname: org.config.host },
      () => resolve(started),
    );
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  org.config.port = port;
  if (!publicUrlGiven) org.config.publicUrl = defaultPublicUrl(port);
  return {
    url: org.config.publicUrl,
    port,
    org,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
