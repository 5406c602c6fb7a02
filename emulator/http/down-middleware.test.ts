/** The control plane's "down" switch: API connections are cut, the control plane still answers. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../server';
import { control } from './demo-org-test-client';

let demo: RunningEmulator;
let base: string;
beforeAll(async () => {
  demo = await startEmulator({ port: 0 });
  base = demo.url;
});
afterAll(() => demo.close());
beforeEach(async () => {
  await control(base, 'reset');
});

const settings = async () =>
  (await (await control(base, 'config', undefined, 'GET')).json()) as { down: boolean };

describe('PATCH /__emulator/config {"down": true}', () => {
  it('cuts every API and OAuth connection without an answer', async () => {
    expect((await control(base, 'config', { down: true }, 'PATCH')).status).toBe(200);
    await expect(fetch(`${base}/services/data/`)).rejects.toThrow(TypeError);
    await expect(
      fetch(`${base}/services/oauth2/token`, { method: 'POST', body: 'grant_type=x' }),
    ).rejects.toThrow(TypeError);
    await expect(fetch(`${base}/services/oauth2/authorize`)).rejects.toThrow(TypeError);
  });

  it('keeps the control plane answering, and comes back up when switched off', async () => {
    await control(base, 'config', { down: true }, 'PATCH');
    expect(await settings()).toMatchObject({ down: true });
    expect((await control(base, 'health', undefined, 'GET')).status).toBe(200);
    await control(base, 'config', { down: false }, 'PATCH');
    expect((await fetch(`${base}/services/data/`)).status).toBe(200);
  });

  it('is switched off by a reset', async () => {
    await control(base, 'config', { down: true }, 'PATCH');
    await control(base, 'reset');
    expect(await settings()).toMatchObject({ down: false });
    expect((await fetch(`${base}/services/data/`)).status).toBe(200);
  });

  it('refuses a value that is not true or false', async () => {
    const response = await control(base, 'config', { down: 'yes' }, 'PATCH');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad value for down' });
  });
});
