import { describe, expect, it } from 'vitest';
import type { RecordStore, StoredRecord } from '../contracts';
import { isValidId, keyPrefixOf } from '../ids';
import { createRecordStore } from '../records/record-store';
import { createOrgSchema } from '../schema/org-schema';
import { RECORD_TYPES } from '../schema/record-types';
import { DEMO_ORG, DEMO_QUEUE, DEMO_USERS } from './demo-org';
import {
  ACCOUNTS_WITH_EXTERNAL_ID,
  CASE_VARIANT_INVOICE_NUMBERS,
  CONTACTS_WITH_EXTERNAL_ID,
  DUPLICATED_INVOICE_NUMBERS,
  SEED_COUNTS,
} from './seed-counts';
import { seedOrg } from './seed-org';
import { permissionFieldValues, userPermissionAccessId } from './user-permissions';

const schema = createOrgSchema();

function seeded(isSandbox = false, orgSeed = 1): RecordStore {
  const store = createRecordStore(schema, {
    orgSeed,
    now: () => new Date('2026-01-01T00:00:00.000Z'),
  });
  seedOrg(store, schema, { isSandbox });
  return store;
}

const store = seeded();
const records = (objectName: string): StoredRecord[] => [...store.all(objectName)];

describe('seedOrg', () => {
  it('creates the documented number of records of every object', () => {
    const counts = Object.fromEntries(schema.objects().map((o) => [o.name, store.count(o.name)]));
    expect(counts).toEqual(SEED_COUNTS);
  });

  it('makes the same org every time', () => {
    const again = seeded();
    for (const object of schema.objects()) {
      expect([...again.all(object.name)], object.name).toEqual(records(object.name));
    }
  });

  it.each([true, false])('describes the organization (sandbox: %s)', (isSandbox) => {
    expect(seeded(isSandbox).get('Organization', DEMO_ORG.id)).toMatchObject({
      Name: 'Forklift Demo',
      IsSandbox: isSandbox,
      InstanceName: 'FORKLIFT1',
      OrganizationType: 'Developer Edition',
      TimeZoneSidKey: DEMO_ORG.timeZoneSidKey,
    });
  });

  it.each(DEMO_USERS.map((user) => [user.username, user] as const))(
    'seeds %s with its profile and permissions',
    (_username, user) => {
      const record = store.get('User', user.id);
      expect(record).toMatchObject({
        Username: user.username,
        Name: user.name,
        Email: user.email,
        IsActive: true,
        TimeZoneSidKey: user.timeZoneSidKey,
        LocaleSidKey: user.locale,
      });
      expect(store.get('Profile', String(record?.ProfileId))?.Name).toBe(user.profileName);
      const access = store.get('UserPermissionAccess', userPermissionAccessId(user.id));
      expect(access).toMatchObject(permissionFieldValues(user.permissions));
    },
  );

  it('gives the admin every permission and the analyst only API access', () => {
    const [admin, analyst] = DEMO_USERS;
    expect(admin?.permissions).toEqual({
      apiEnabled: true,
      bulkApiHardDelete: true,
      modifyAllData: true,
      viewAllData: true,
    });
    expect(analyst?.permissions).toEqual({
      apiEnabled: true,
      bulkApiHardDelete: false,
      modifyAllData: false,
      viewAllData: false,
    });
    expect(DEMO_USERS.map((u) => [u.password, u.timeZoneSidKey])).toEqual([
      ['forklift', 'America/Los_Angeles'],
      ['forklift', 'Europe/Paris'],
    ]);
  });

  it('has a UserPermissionAccess row for every user, and an inactive user', () => {
    for (const user of records('User')) {
      expect(
        store.get('UserPermissionAccess', userPermissionAccessId(user.Id)),
        String(user.Username),
      ).toBeDefined();
    }
    expect(records('User').filter((u) => u.IsActive === false)).toHaveLength(1);
  });

  it('has the support queue own some cases and leads, and users the rest', () => {
    expect(store.get('Group', DEMO_QUEUE.id)).toMatchObject({
      Type: 'Queue',
      Name: DEMO_QUEUE.name,
    });
    for (const objectName of ['Case', 'Lead']) {
      const owners = records(objectName).map((r) => keyPrefixOf(String(r.OwnerId)));
      expect(owners, objectName).toContain('00G');
      expect(owners, objectName).toContain('005');
    }
  });

  it('seeds a RecordType record for each record type describe lists', () => {
    expect(records('RecordType').map((r) => r.Id)).toEqual(RECORD_TYPES.map((rt) => rt.id));
    const accountTypes = new Set(
      RECORD_TYPES.filter((rt) => rt.sobjectType === 'Account').map((rt) => rt.id),
    );
    expect(records('Account').every((a) => accountTypes.has(String(a.RecordTypeId)))).toBe(true);
  });

  it.each([
    ['Account', 'ACC', ACCOUNTS_WITH_EXTERNAL_ID],
    ['Contact', 'CON', CONTACTS_WITH_EXTERNAL_ID],
  ])('gives the first %s records External IDs %s-00001…', (objectName, prefix, count) => {
    expect(records(objectName).filter((r) => r.External_Id__c != null)).toHaveLength(count);
    for (const n of ['00001', '00042', String(count).padStart(5, '0')]) {
      expect(
        store.findBy(objectName, 'External_Id__c', `${prefix.toLowerCase()}-${n}`, false),
      ).toHaveLength(1);
    }
  });

  it('duplicates some invoice numbers on purpose, and keeps case variants apart', () => {
    for (const number of DUPLICATED_INVOICE_NUMBERS) {
      expect(store.findBy('Invoice__c', 'Invoice_Number__c', number, true), number).toHaveLength(2);
    }
    const [upper, lower] = CASE_VARIANT_INVOICE_NUMBERS;
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', upper, true)).toHaveLength(1);
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', lower, true)).toHaveLength(1);
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', upper, false)).toHaveLength(2);
  });

  it('points every lookup at an existing record of an allowed object', () => {
    for (const object of schema.objects()) {
      const lookups = object.fields.filter((f) => f.type === 'reference');
      for (const record of store.all(object.name)) {
        for (const lookup of lookups) {
          const value = record[lookup.name];
          if (value == null) continue;
          const target = schema.getObjectByKeyPrefix(keyPrefixOf(String(value)));
          const where = `${object.name}.${lookup.name}=${String(value)}`;
          expect(target && lookup.referenceTo.includes(target.name), where).toBe(true);
          expect(target && store.get(target.name, String(value)), where).toBeDefined();
        }
      }
    }
  });

  it('uses only valid picklist values and fills every field required on create', () => {
    for (const object of schema.objects()) {
      const required = object.fields.filter(
        (f) => f.createable && !f.nillable && !f.defaultedOnCreate,
      );
      const picklists = object.fields.filter((f) => f.type === 'picklist');
      for (const record of store.all(object.name)) {
        for (const f of required) expect(record[f.name], `${object.name}.${f.name}`).toBeDefined();
        for (const f of picklists) {
          const value = record[f.name];
          if (value == null) continue;
          const allowed = f.picklistValues.map((p) => p.value);
          expect(allowed, `${object.name}.${f.name}`).toContain(value);
        }
      }
    }
  });

  it('gives contacts unique e-mails and well-formed birthdates', () => {
    const contacts = records('Contact');
    expect(new Set(contacts.map((c) => c.Email)).size).toBe(contacts.length);
    for (const c of contacts) expect(String(c.Birthdate)).toMatch(/^(19[5-9]\d|2000)-\d{2}-\d{2}$/);
  });

  it('uses valid ids everywhere, and other ids for another org seed', () => {
    expect(records('Contact').every((c) => isValidId(c.Id))).toBe(true);
    const other = seeded(false, 2);
    expect([...other.all('Contact')][0]?.Id).not.toBe(records('Contact')[0]?.Id);
    expect([...other.all('Contact')][0]?.Email).toBe(records('Contact')[0]?.Email);
  });
});
