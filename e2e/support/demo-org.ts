import { E2E_EMULATOR_URL } from './ports';

/** The demo org's control plane (design.md §6); the console itself never calls it. */
export async function controlDemoOrg(
  path: string,
  body?: unknown,
  method: 'POST' | 'PATCH' | 'GET' = 'POST',
  baseUrl = E2E_EMULATOR_URL,
): Promise<unknown> {
  const response = await fetch(`${baseUrl}/__emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control plane ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export const resetDemoOrg = (baseUrl?: string) =>
  controlDemoOrg('reset', undefined, 'POST', baseUrl);

export const DEMO_ADMIN = { username: 'admin@forklift.demo', password: 'forklift' } as const;
