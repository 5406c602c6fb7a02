/** The control plane's "down" switch: API connections are cut, the control plane still answers. */
import { describe, expect, it } from 'vitest';
import { freshDemoOrg } from './fresh-demo-org';
import { control } from './demo-org-test-client';

const demo = freshDemoOrg();

const settings = async () =>
  (await (await control(demo.url, 'config', undefined, 'GET')).json()) as { down: boolean };

describe('PATCH /__emulator/config {"down": true}', () => {
  it('cuts every API and OAuth connection without an answer', async () => {
    expect((await control(demo.url, 'config', { down: true }, 'PATCH')).status).toBe(200);
    await expect(fetch(`${demo.url}/services/data/`)).rejects.toThrow(TypeError);
    await expect(
      fetch(`${demo.url}/services/oauth2/token`, { method: 'POST', body: 'grant_type=x' }),
    ).rejects.toThrow(TypeError);
    await expect(fetch(`${demo.url}/services/oauth2/authorize`)).rejects.toThrow(TypeError);
  });

  it('keeps the control plane answering, and comes back up when switched off', async () => {
    await control(demo.url, 'config', { down: true }, 'PATCH');
    expect(await settings()).toMatchObject({ down: true });
    expect((await control(demo.url, 'health', undefined, 'GET')).status).toBe(200);
    await control(demo.url, 'config', { down: false }, 'PATCH');
    expect((await fetch(`${demo.url}/services/data/`)).status).toBe(200);
  });

  it('is switched off by a reset', async () => {
    await control(demo.url, 'config', { down: true }, 'PATCH');
    await control(demo.url, 'reset');
    expect(await settings()).toMatchObject({ down: false });
    expect((await fetch(`${demo.url}/services/data/`)).status).toBe(200);
  });

  it('refuses a value that is not true or false', async () => {
    const response = await control(demo.url, 'config', { down: 'yes' }, 'PATCH');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad value for down' });
  });
});
