/**
 * The two "who am I" answers (salesforce-api.md §4.6): the OpenID Connect `userinfo` and the
 * older identity URL (`/id/<orgId>/<userId>`, what jsforce's `conn.identity()` reads).
 */

export interface IdentityUser {
  id: string;
  username: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  timeZoneSidKey: string;
  locale: string;
  language: string;
}

export interface IdentityContext {
  /** 18-character org id. */
  orgId: string;
  publicUrl: string;
  now: number;
}

/** When the demo users were last "edited": fixed, so responses are stable. */
const USERS_UPDATED_AT = '2025-01-06T09:00:00Z';

export function identityUrl(ctx: IdentityContext, userId: string): string {
  return `${ctx.publicUrl}/id/${ctx.orgId}/${userId}`;
}

function identityUrls(user: IdentityUser, ctx: IdentityContext) {
  const base = ctx.publicUrl;
  const data = `${base}/services/data/v{version}`;
  return {
    enterprise: `${base}/services/Soap/c/{version}/${ctx.orgId}`,
    metadata: `${base}/services/Soap/m/{version}/${ctx.orgId}`,
    partner: `${base}/services/Soap/u/{version}/${ctx.orgId}`,
    rest: `${data}/`,
    sobjects: `${data}/sobjects/`,
    search: `${data}/search/`,
    query: `${data}/query/`,
    recent: `${data}/recent/`,
    tooling_soap: `${base}/services/Soap/T/{version}/${ctx.orgId}`,
    tooling_rest: `${data}/tooling/`,
    profile: `${base}/${user.id}`,
    feeds: `${data}/chatter/feeds`,
    groups: `${data}/chatter/groups`,
    users: `${data}/chatter/users`,
    feed_items: `${data}/chatter/feed-items`,
    feed_elements: `${data}/chatter/feed-elements`,
    custom_domain: base,
  };
}

function photos(user: IdentityUser, ctx: IdentityContext) {
  return {
    picture: `${ctx.publicUrl}/img/userprofile/default_profile_200_v2.png?user=${user.id}`,
    thumbnail: `${ctx.publicUrl}/img/userprofile/default_profile_45_v2.png?user=${user.id}`,
  };
}

/** `GET /services/oauth2/userinfo`. */
export function userInfoResponse(user: IdentityUser, ctx: IdentityContext) {
  const pictures = photos(user, ctx);
  return {
    sub: identityUrl(ctx, user.id),
    user_id: user.id,
    organization_id: ctx.orgId,
    preferred_username: user.username,
    nickname: user.username.split('@')[0] ?? user.username,
    name: user.name,
    email: user.email,
    email_verified: true,
    given_name: user.firstName,
    family_name: user.lastName,
    zoneinfo: user.timeZoneSidKey,
    photos: pictures,
    profile: `${ctx.publicUrl}/${user.id}`,
    picture: pictures.picture,
    address: {},
    is_salesforce_integration_user: false,
    urls: identityUrls(user, ctx),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffsetMs(user.timeZoneSidKey, ctx.now),
    updated_at: USERS_UPDATED_AT,
  };
}

/** `GET /id/<orgId>/<userId>`. */
export function identityResponse(user: IdentityUser, ctx: IdentityContext) {
  return {
    id: identityUrl(ctx, user.id),
    asserted_user: true,
    user_id: user.id,
    organization_id: ctx.orgId,
    username: user.username,
    nick_name: user.username.split('@')[0] ?? user.username,
    display_name: user.name,
    email: user.email,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: user.timeZoneSidKey,
    photos: photos(user, ctx),
    addr_street: null,
    addr_city: null,
    addr_state: null,
    addr_country: null,
    addr_zip: null,
    mobile_phone: null,
    mobile_phone_verified: false,
    is_lightning_login_user: false,
    status: { created_date: null, body: null },
    urls: identityUrls(user, ctx),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffsetMs(user.timeZoneSidKey, ctx.now),
    last_modified_date: USERS_UPDATED_AT.replace('Z', '.000Z'),
    is_app_installed: true,
  };
}

/** The time zone's offset from UTC at that instant, in milliseconds (Salesforce's `utcOffset`). */
export function utcOffsetMs(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}
