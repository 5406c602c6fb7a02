import { describe, expect, it } from 'vitest';
import { freshDemoOrg } from './fresh-demo-org';
import { ADMIN, api, control, passwordGrant } from './demo-org-test-client';

const demo = freshDemoOrg();

describe('userinfo and the identity URL', () => {
  it('describes the signed-in user, with their time zone', async () => {
    const tokens = await passwordGrant(demo.url, {
      username: 'analyst@forklift.demo',
      password: 'forklift',
    });
    const response = await api(demo.url, '/services/oauth2/userinfo', tokens.access_token);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      sub: tokens.id,
      preferred_username: 'analyst@forklift.demo',
      organization_id: demo.org.orgId,
      name: 'Ana Analyst',
      email: 'analyst@forklift.demo',
      zoneinfo: 'Europe/Paris',
    });
    expect(body.user_id).toBe(tokens.id.split('/').pop());
    expect((body.urls as Record<string, string>).rest).toBe(
      `${demo.url}/services/data/v{version}/`,
    );
  });

  it('serves the identity URL with oauth_token as jsforce sends it', async () => {
    const tokens = await passwordGrant(demo.url);
    const response = await fetch(
      `${tokens.id}?format=json&oauth_token=${encodeURIComponent(tokens.access_token)}`,
    );
    expect(await response.json()).toMatchObject({
      id: tokens.id,
      username: ADMIN.username,
      display_name: 'Alex Admin',
    });
  });

  it('answers an expired token with 403 Bad_OAuth_Token, as real orgs do', async () => {
    const tokens = await passwordGrant(demo.url);
    await control(demo.url, 'sessions/expire');
    const response = await api(demo.url, '/services/oauth2/userinfo', tokens.access_token);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Bad_OAuth_Token');
  });
});
