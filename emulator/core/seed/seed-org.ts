/**
 * Fills a fresh store with the demo org: its setup records (Organization, profiles, users,
 * permissions, queue, record types) and a small, realistic book of business. Deterministic:
 * one seeded PRNG, no Math.random, no clock reads beyond the store's own.
 */
import type { OrgSchema, RecordStore } from '../contracts';
import { RECORD_TYPES } from '../schema/record-types';
import { DEMO_ADMIN, DEMO_ORG, DEMO_PROFILES, DEMO_QUEUE, DEMO_USERS } from './demo-org';
import type { DemoPermissions } from './demo-org';
import { createSeededRandom } from './seeded-random';
import { seedSalesData } from './seed-sales-data';
import { seedServiceData } from './seed-service-data';
import { permissionFieldValues, userPermissionAccessId } from './user-permissions';

/** The PRNG seed of the demo data: change it and every generated value changes. */
export const SEED_DATA_SEED = 20260101;

interface SeedUser {
  username: string;
  firstName: string;
  lastName: string;
  alias: string;
  timeZoneSidKey: string;
  locale: string;
  isActive: boolean;
  permissions: DemoPermissions;
}

const STANDARD_PERMISSIONS: DemoPermissions = {
  apiEnabled: true,
  bulkApiHardDelete: false,
  modifyAllData: false,
  viewAllData: false,
};

/** Users besides the two you sign in as: record owners, and one who has left the company. */
const OTHER_USERS: readonly SeedUser[] = [
  {
    username: 'jordan.lee@forklift.demo',
    firstName: 'Jordan',
    lastName: 'Lee',
    alias: 'jlee',
    timeZoneSidKey: 'America/New_York',
    locale: 'en_US',
    isActive: true,
    permissions: STANDARD_PERMISSIONS,
  },
  {
    username: 'priya.patel@forklift.demo',
    firstName: 'Priya',
    lastName: 'Patel',
    alias: 'ppatel',
    timeZoneSidKey: 'Europe/London',
    locale: 'en_GB',
    isActive: true,
    permissions: STANDARD_PERMISSIONS,
  },
  {
    username: 'chris.doe@forklift.demo',
    firstName: 'Chris',
    lastName: 'Doe',
    alias: 'cdoe',
    timeZoneSidKey: 'America/Chicago',
    locale: 'en_US',
    isActive: false,
    permissions: { ...STANDARD_PERMISSIONS, apiEnabled: false },
  },
];

export interface SeedOptions {
  isSandbox: boolean;
}

export function seedOrg(store: RecordStore, schema: OrgSchema, options: SeedOptions): void {
  const by = DEMO_ADMIN.id;
  store.insert(
    'Organization',
    {
      Id: DEMO_ORG.id,
      Name: DEMO_ORG.name,
      City: 'San Francisco',
      State: 'CA',
      Country: 'United States',
      PrimaryContact: DEMO_ADMIN.name,
      DefaultLocaleSidKey: DEMO_ORG.locale,
      TimeZoneSidKey: DEMO_ORG.timeZoneSidKey,
      LanguageLocaleKey: DEMO_ORG.language,
      FiscalYearStartMonth: 1,
      OrganizationType: DEMO_ORG.organizationType,
      InstanceName: DEMO_ORG.instanceName,
      IsSandbox: options.isSandbox,
    },
    by,
  );
  for (const profile of Object.values(DEMO_PROFILES)) {
    store.insert('Profile', { Id: profile.id, Name: profile.name, UserType: 'Standard' }, by);
  }
  const owners: string[] = [];
  for (const user of DEMO_USERS) {
    insertUser(store, { ...user, isActive: true }, user.id, user.profileId);
    owners.push(user.id);
  }
  for (const user of OTHER_USERS) {
    const id = insertUser(store, user, undefined, DEMO_PROFILES.standardUser.id);
    if (user.isActive) owners.push(id);
  }
  store.insert('Group', { Name: 'All Sales', DeveloperName: 'All_Sales', Type: 'Regular' }, by);
  store.insert(
    'Group',
    {
      Id: DEMO_QUEUE.id,
      Name: DEMO_QUEUE.name,
      DeveloperName: DEMO_QUEUE.developerName,
      Type: DEMO_QUEUE.type,
      Email: DEMO_QUEUE.email,
    },
    by,
  );
  for (const rt of RECORD_TYPES) {
    store.insert(
      'RecordType',
      {
        Id: rt.id,
        Name: rt.name,
        DeveloperName: rt.developerName,
        Description: rt.description,
        SobjectType: rt.sobjectType,
        IsActive: true,
      },
      by,
    );
  }
  const random = createSeededRandom(SEED_DATA_SEED);
  const context = { store, schema, random, owners, adminId: by, queueId: DEMO_QUEUE.id };
  const sales = seedSalesData(context);
  seedServiceData(context, sales);
}

function insertUser(
  store: RecordStore,
  user: SeedUser & { email?: string; language?: string },
  id: string | undefined,
  profileId: string,
): string {
  const record = store.insert(
    'User',
    {
      ...(id === undefined ? {} : { Id: id }),
      Username: user.username,
      FirstName: user.firstName,
      LastName: user.lastName,
      Email: user.email ?? user.username,
      Alias: user.alias,
      CommunityNickname: user.alias,
      CompanyName: DEMO_ORG.name,
      IsActive: user.isActive,
      TimeZoneSidKey: user.timeZoneSidKey,
      LocaleSidKey: user.locale,
      LanguageLocaleKey: user.language ?? 'en_US',
      EmailEncodingKey: 'UTF-8',
      ProfileId: profileId,
      UserType: 'Standard',
    },
    DEMO_ADMIN.id,
  );
  store.insert(
    'UserPermissionAccess',
    { Id: userPermissionAccessId(record.Id), ...permissionFieldValues(user.permissions) },
    DEMO_ADMIN.id,
  );
  return record.Id;
}
