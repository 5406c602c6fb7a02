/**
 * Who and what the demo org is: its Organization, the two users you sign in as (design.md §6),
 * their profiles and the support queue. Fixed ids, so a token, a bookmark or a test written
 * against one reset still means the same thing after the next. They use the demo org's fixed
 * pod `5F`, which the id sequence never produces (ids.ts).
 */
import { toId18 } from '../ids';

function fixedId(keyPrefix: string, counter: number): string {
  return toId18(`${keyPrefix}5F${String(counter).padStart(10, '0')}`);
}

export interface DemoOrg {
  id: string;
  name: string;
  instanceName: string;
  organizationType: string;
  timeZoneSidKey: string;
  locale: string;
  language: string;
}

export const DEMO_ORG: DemoOrg = {
  id: fixedId('00D', 1),
  name: 'Forklift Demo',
  instanceName: 'FORKLIFT1',
  organizationType: 'Developer Edition',
  timeZoneSidKey: 'America/Los_Angeles',
  locale: 'en_US',
  language: 'en_US',
};

/** The permissions the console's readiness check reads from UserPermissionAccess. */
export interface DemoPermissions {
  apiEnabled: boolean;
  bulkApiHardDelete: boolean;
  modifyAllData: boolean;
  viewAllData: boolean;
}

export interface DemoProfile {
  id: string;
  name: string;
}

export const DEMO_PROFILES = {
  systemAdministrator: { id: fixedId('00e', 1), name: 'System Administrator' },
  standardUser: { id: fixedId('00e', 2), name: 'Standard User' },
} as const satisfies Record<string, DemoProfile>;

export interface DemoUser {
  id: string;
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  name: string;
  alias: string;
  email: string;
  timeZoneSidKey: string;
  locale: string;
  language: string;
  profileId: string;
  profileName: string;
  permissions: DemoPermissions;
}

/** Every demo user's password (design.md §6). */
export const DEMO_PASSWORD = 'forklift';

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: fixedId('005', 1),
    username: 'admin@forklift.demo',
    password: DEMO_PASSWORD,
    firstName: 'Alex',
    lastName: 'Admin',
    name: 'Alex Admin',
    alias: 'aadmin',
    email: 'admin@forklift.demo',
    timeZoneSidKey: 'America/Los_Angeles',
    locale: 'en_US',
    language: 'en_US',
    profileId: DEMO_PROFILES.systemAdministrator.id,
    profileName: DEMO_PROFILES.systemAdministrator.name,
    permissions: {
      apiEnabled: true,
      bulkApiHardDelete: true,
      modifyAllData: true,
      viewAllData: true,
    },
  },
  {
    id: fixedId('005', 2),
    username: 'analyst@forklift.demo',
    password: DEMO_PASSWORD,
    firstName: 'Ana',
    lastName: 'Analyst',
    name: 'Ana Analyst',
    alias: 'aanal',
    email: 'analyst@forklift.demo',
    timeZoneSidKey: 'Europe/Paris',
    locale: 'fr_FR',
    language: 'en_US',
    profileId: DEMO_PROFILES.standardUser.id,
    profileName: DEMO_PROFILES.standardUser.name,
    permissions: {
      apiEnabled: true,
      bulkApiHardDelete: false,
      modifyAllData: false,
      viewAllData: false,
    },
  },
];

/** The admin: the user the seed data is created by. */
export const DEMO_ADMIN: DemoUser = DEMO_USERS[0] as DemoUser;

export interface DemoQueue {
  id: string;
  name: string;
  developerName: string;
  type: 'Queue';
  email: string;
}

/** A queue (a Group of Type Queue) that owns some cases and leads: polymorphic owners. */
export const DEMO_QUEUE: DemoQueue = {
  id: fixedId('00G', 1),
  name: 'Support Queue',
  developerName: 'Support_Queue',
  type: 'Queue',
  email: 'support@forklift.demo',
};
