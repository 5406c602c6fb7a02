import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordStore } from '../contracts';
import { isValidId, keyPrefixOf } from '../ids';
import { createOrgSchema } from '../schema/org-schema';
import { createRecordStore } from './record-store';

const ADMIN = '0055F0000000001QAA';
const ANALYST = '0055F0000000002QAA';
const schema = createOrgSchema();

function newStore(start = '2026-01-01T00:00:00.000Z') {
  const clock = { now: new Date(start) };
  const store = createRecordStore(schema, { orgSeed: 1, now: () => clock.now });
  return { store, clock };
}

describe('insert', () => {
  it('fills the id, audit fields, owner and IsDeleted as Salesforce does', () => {
    const { store } = newStore();
    const account = store.insert('Account', { Name: 'Acme' }, ADMIN);
    expect(isValidId(account.Id) && account.Id.length === 18).toBe(true);
    expect(keyPrefixOf(account.Id)).toBe('001');
    expect(account).toMatchObject({
      Name: 'Acme',
      IsDeleted: false,
      OwnerId: ADMIN,
      CreatedById: ADMIN,
      LastModifiedById: ADMIN,
      CreatedDate: '2026-01-01T00:00:00.000Z',
      LastModifiedDate: '2026-01-01T00:00:00.000Z',
      SystemModstamp: '2026-01-01T00:00:00.000Z',
    });
  });

  it('keeps an owner the caller chose', () => {
    const { store } = newStore();
    expect(store.insert('Account', { Name: 'A', OwnerId: ANALYST }, ADMIN).OwnerId).toBe(ANALYST);
  });

  it('adds no owner or audit fields to objects that have none', () => {
    const { store } = newStore();
    const row = store.insert('UserPermissionAccess', { PermissionsApiEnabled: true }, ADMIN);
    expect(Object.keys(row).sort()).toEqual([
      'Id',
      'PermissionsApiEnabled',
      'PermissionsBulkApiHardDelete',
      'PermissionsModifyAllData',
      'PermissionsViewAllData',
    ]);
  });

  it.each([
    [
      'Lead',
      { LastName: 'Lee', Company: 'Acme' },
      { Status: 'Open - Not Contacted', IsConverted: false },
    ],
    ['Case', {}, { Status: 'New', Priority: 'Medium', IsEscalated: false }],
    ['Invoice__c', {}, { Status__c: 'Draft' }],
    ['User', { Username: 'u@x.test' }, { IsActive: true }],
    ['Contact', { LastName: 'Lee' }, { IsEmailBounced: false }],
  ])('applies describe defaults on %s', (objectName, values, defaults) => {
    const { store } = newStore();
    expect(store.insert(objectName, values, ADMIN)).toMatchObject(defaults);
  });

  it('applies no default to a field given as null (#N/A)', () => {
    const { store } = newStore();
    const lead = store.insert('Lead', { LastName: 'Lee', Company: 'Acme', Status: null }, ADMIN);
    expect(lead.Status).toBeUndefined();
  });

  it('numbers auto-number fields per object', () => {
    const { store } = newStore();
    expect(store.insert('Case', {}, ADMIN).CaseNumber).toBe('00001001');
    expect(store.insert('Case', {}, ADMIN).CaseNumber).toBe('00001002');
    expect(store.insert('Invoice__c', {}, ADMIN).Name).toBe('INV-00001');
  });

  it("derives a person's Name from first and last name", () => {
    const { store } = newStore();
    expect(store.insert('Contact', { FirstName: 'Chloé', LastName: "O'Brien" }, ADMIN).Name).toBe(
      "Chloé O'Brien",
    );
    expect(store.insert('Lead', { LastName: 'Solo', Company: 'X' }, ADMIN).Name).toBe('Solo');
  });

  it('stores fields under their canonical names, whatever case the caller used', () => {
    const { store } = newStore();
    const contact = store.insert('contact', { lastname: 'Lee', EMAIL: 'lee@x.test' }, ADMIN);
    expect(contact).toMatchObject({ LastName: 'Lee', Email: 'lee@x.test' });
    expect(store.findBy('Contact', 'email', 'LEE@x.test', false)).toEqual([contact]);
  });

  it('refuses unknown objects and fields', () => {
    const { store } = newStore();
    expect(() => store.insert('Nope__c', {}, ADMIN)).toThrow(/Nope__c/);
    expect(() => store.insert('Account', { Nope__c: 'x' }, ADMIN)).toThrow(/Nope__c/);
  });

  it('keeps a chosen id (seed data), normalised to 18 characters, and refuses a bad one', () => {
    const { store } = newStore();
    expect(store.insert('Account', { Id: '001A0000006Vm9r', Name: 'A' }, ADMIN).Id).toBe(
      '001A0000006Vm9rIAC',
    );
    expect(() => store.insert('Account', { Id: '001A0000006Vm9rIAC', Name: 'B' }, ADMIN)).toThrow(
      /Duplicate/,
    );
    expect(() => store.insert('Account', { Id: '003A0000006Vm9r', Name: 'C' }, ADMIN)).toThrow();
    expect(() => store.insert('Account', { Id: 'garbage', Name: 'D' }, ADMIN)).toThrow();
  });

  it('gives the same ids in the same order for the same org seed', () => {
    const a = newStore().store;
    const b = newStore().store;
    const rows = [
      ['Account', { Name: 'x' }],
      ['Contact', { LastName: 'x' }],
      ['Account', { Name: 'y' }],
    ] as const;
    expect(rows.map(([n, v]) => a.insert(n, v, ADMIN).Id)).toEqual(
      rows.map(([n, v]) => b.insert(n, v, ADMIN).Id),
    );
  });
});

describe('get, update and delete', () => {
  function withContact() {
    const { store, clock } = newStore();
    const contact = store.insert(
      'Contact',
      { FirstName: 'Ada', LastName: 'Byron', External_Id__c: 'CON-1' },
      ADMIN,
    );
    return { store, clock, contact, id15: contact.Id.slice(0, 15) };
  }

  it('finds a record by its 15- or 18-character id, in any case for 18', () => {
    const { store, contact, id15 } = withContact();
    expect(store.get('Contact', contact.Id)).toBe(contact);
    expect(store.get('Contact', id15)).toBe(contact);
    expect(store.get('contact', contact.Id.toLowerCase())).toBe(contact);
    expect(store.get('Contact', 'not-an-id')).toBeUndefined();
    expect(store.get('Account', contact.Id)).toBeUndefined();
  });

  it('updates fields, the derived Name and the modification stamps, not the creation ones', () => {
    const { store, clock, contact, id15 } = withContact();
    clock.now = new Date('2026-01-02T03:04:05.678Z');
    const updated = store.update('Contact', id15, { firstname: 'Augusta', Title: null }, ANALYST);
    expect(updated).toBe(contact);
    expect(updated).toMatchObject({
      FirstName: 'Augusta',
      Name: 'Augusta Byron',
      Title: null,
      CreatedDate: '2026-01-01T00:00:00.000Z',
      CreatedById: ADMIN,
      LastModifiedDate: '2026-01-02T03:04:05.678Z',
      SystemModstamp: '2026-01-02T03:04:05.678Z',
      LastModifiedById: ANALYST,
    });
  });

  it('answers undefined when updating a record that is not there', () => {
    const { store } = newStore();
    expect(store.update('Contact', '003A0000006Vm9r', { LastName: 'x' }, ADMIN)).toBeUndefined();
  });

  it('deletes by 15-character id, remembers the deletion and forgets the record', () => {
    const { store, contact, id15 } = withContact();
    expect(store.delete('Contact', id15)).toBe(true);
    expect(store.get('Contact', contact.Id)).toBeUndefined();
    expect(store.wasDeleted('Contact', contact.Id)).toBe(true);
    expect(store.count('Contact')).toBe(0);
    expect(store.findBy('Contact', 'External_Id__c', 'CON-1', true)).toEqual([]);
    expect(store.delete('Contact', contact.Id)).toBe(false);
    expect(store.update('Contact', contact.Id, { LastName: 'x' }, ADMIN)).toBeUndefined();
  });

  it('does not count a never-existing id as deleted', () => {
    const { store } = newStore();
    expect(store.wasDeleted('Contact', '003A0000006Vm9r')).toBe(false);
  });

  it('hands out ids without storing anything', () => {
    const { store } = newStore();
    const id = store.newId('Invoice__c');
    expect(keyPrefixOf(id)).toBe('a01');
    expect(store.count('Invoice__c')).toBe(0);
    expect(store.insert('Invoice__c', {}, ADMIN).Id).not.toBe(id);
  });
});

describe('findBy', () => {
  function invoices(store: RecordStore) {
    return ['INV-1', 'INV-1', 'inv-1', 'INV-2'].map((n) =>
      store.insert('Invoice__c', { Invoice_Number__c: n }, ADMIN),
    );
  }

  it('matches a case-insensitive External ID in any case', () => {
    const { store } = newStore();
    const account = store.insert('Account', { Name: 'A', External_Id__c: 'Acc-001' }, ADMIN);
    expect(store.findBy('Account', 'External_Id__c', 'ACC-001', false)).toEqual([account]);
    expect(store.findBy('Account', 'External_Id__c', 'ACC-001', true)).toEqual([]);
    expect(store.findBy('Account', 'External_Id__c', 'Acc-001', true)).toEqual([account]);
  });

  it('returns every record sharing a non-unique, case-sensitive key', () => {
    const { store } = newStore();
    const [first, second, lower] = invoices(store);
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', 'INV-1', true)).toEqual([first, second]);
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', 'inv-1', false)).toEqual([
      first,
      second,
      lower,
    ]);
  });

  it('follows updates and deletes of indexed values', () => {
    const { store } = newStore();
    const [first, second] = invoices(store);
    if (first === undefined || second === undefined) throw new Error('seed failed');
    store.update('Invoice__c', first.Id, { Invoice_Number__c: 'INV-9' }, ADMIN);
    store.delete('Invoice__c', second.Id);
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', 'INV-1', true)).toEqual([]);
    expect(store.findBy('Invoice__c', 'Invoice_Number__c', 'INV-9', true)).toEqual([first]);
  });

  it('scans fields that have no index, and finds by Id', () => {
    const { store } = newStore();
    const a = store.insert('Contact', { LastName: 'Lee' }, ADMIN);
    store.insert('Contact', { LastName: 'Kim' }, ADMIN);
    expect(store.findBy('Contact', 'LastName', 'lee', false)).toEqual([a]);
    expect(store.findBy('Contact', 'LastName', 'lee', true)).toEqual([]);
    expect(store.findBy('Contact', 'Id', a.Id.slice(0, 15), true)).toEqual([a]);
  });

  it('agrees with a plain scan after any sequence of inserts, updates and deletes', () => {
    const key = fc.constantFrom('K1', 'k1', 'K2', 'k2', 'K3', null);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), key }),
      fc.record({ kind: fc.constant('update' as const), at: fc.nat(), key }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { store } = newStore();
        const ids: string[] = [];
        for (const step of ops) {
          if (step.kind === 'insert') {
            ids.push(
              store.insert('Contact', { LastName: 'x', External_Id__c: step.key }, ADMIN).Id,
            );
          } else if (ids.length > 0) {
            const id = ids[step.at % ids.length] ?? '';
            if (step.kind === 'update')
              store.update('Contact', id, { External_Id__c: step.key }, ADMIN);
            else store.delete('Contact', id);
          }
        }
        for (const value of ['K1', 'k1', 'K2', 'K3', 'k3']) {
          for (const caseSensitive of [true, false]) {
            const expected = [...store.all('Contact')].filter((r) => {
              const stored = r.External_Id__c;
              if (typeof stored !== 'string') return false;
              return caseSensitive
                ? stored === value
                : stored.toLowerCase() === value.toLowerCase();
            });
            const found = store.findBy('Contact', 'External_Id__c', value, caseSensitive);
            expect(new Set(found)).toEqual(new Set(expected));
            expect(found).toHaveLength(expected.length);
          }
        }
      }),
    );
  });
});

describe('all and count', () => {
  it('lists live records in insertion order', () => {
    const { store } = newStore();
    const [a, b, c] = ['A', 'B', 'C'].map((Name) => store.insert('Account', { Name }, ADMIN));
    store.delete('Account', b?.Id ?? '');
    expect([...store.all('Account')]).toEqual([a, c]);
    expect(store.count('account')).toBe(2);
  });
});
