import { describe, expect, it } from 'vitest';
import { createOrgSchema } from '../schema/org-schema';
import { createRecordStore } from './record-store';

const ADMIN = '0055F0000000001QAA';
const schema = createOrgSchema();

function newStore() {
  return createRecordStore(schema, {
    orgSeed: 1,
    now: () => new Date('2026-01-01T00:00:00.000Z'),
  });
}

describe('match', () => {
  it.each([
    ['no record', [], undefined],
    ['one record', ['K1'], 1],
    ['several records, case-insensitively', ['K1', 'k1'], 2],
  ] as const)('finds %s', (_, keys, found) => {
    const store = newStore();
    const records = keys.map((key) =>
      store.insert('Contact', { LastName: 'x', External_Id__c: key }, ADMIN),
    );
    const match = store.match('Contact', 'external_id__c', 'K1', false);
    if (found === undefined) expect(match).toBeUndefined();
    else if (found === 1) expect(match).toBe(records[0]);
    else expect(match).toEqual(records);
  });

  it('agrees with findBy for a case-sensitive ask of a case-insensitive index, and for Id', () => {
    const store = newStore();
    const a = store.insert('Contact', { LastName: 'x', External_Id__c: 'K1' }, ADMIN);
    store.insert('Contact', { LastName: 'y', External_Id__c: 'k1' }, ADMIN);
    expect(store.match('Contact', 'External_Id__c', 'K1', true)).toBe(a);
    expect(store.match('Contact', 'Id', a.Id.slice(0, 15), true)).toBe(a);
  });

  it('sees no record once the only holder of a key is deleted', () => {
    const store = newStore();
    const a = store.insert('Contact', { LastName: 'x', External_Id__c: 'K1' }, ADMIN);
    const b = store.insert('Contact', { LastName: 'y', External_Id__c: 'K1' }, ADMIN);
    store.delete('Contact', a.Id);
    expect(store.match('Contact', 'External_Id__c', 'K1', false)).toBe(b);
    store.delete('Contact', b.Id);
    expect(store.match('Contact', 'External_Id__c', 'K1', false)).toBeUndefined();
  });
});

describe('indexes built on first query', () => {
  it('index the records stored before the first query, and those after', () => {
    const store = newStore();
    const before = store.insert('Contact', { LastName: 'x', Email: 'A@x.test' }, ADMIN);
    expect(store.findBy('Contact', 'Email', 'a@x.test', false)).toEqual([before]);
    const after = store.insert('Contact', { LastName: 'y', Email: 'a@X.test' }, ADMIN);
    expect(store.findBy('Contact', 'Email', 'a@x.test', false)).toEqual([before, after]);
    store.update('Contact', before.Id, { Email: 'b@x.test' }, ADMIN);
    expect(store.findBy('Contact', 'Email', 'A@X.TEST', false)).toEqual([after]);
  });
});

describe('adopt', () => {
  it('stores a record filled as insert fills one, with the same fields in the same order', () => {
    const store = newStore();
    const given = { FirstName: 'Ada', LastName: 'Byron' };
    const values = { ...given, External_Id__c: 'C-1' };
    const adopted = store.adopt('Contact', values, ADMIN);
    const inserted = store.insert('Contact', { ...given, External_Id__c: 'C-2' }, ADMIN);
    expect(store.get('Contact', adopted.Id)).toBe(adopted);
    expect(Object.keys(adopted)).toEqual(Object.keys(inserted));
    expect({ ...adopted, Id: '', External_Id__c: '' }).toEqual({
      ...inserted,
      Id: '',
      External_Id__c: '',
    });
    expect(store.match('Contact', 'External_Id__c', 'c-1', false)).toBe(adopted);
  });

  it('builds records of another shape, and of a shape seen before, alike', () => {
    const store = newStore();
    const a = store.adopt('Contact', { LastName: 'A' }, ADMIN);
    const b = store.adopt('Contact', { LastName: 'B', Email: 'b@example.com' }, ADMIN);
    const c = store.adopt('Contact', { LastName: 'C' }, ADMIN);
    expect([a.Name, b.Name, c.Name]).toEqual(['A', 'B', 'C']);
    expect(b.Email).toBe('b@example.com');
    expect(Object.keys(c)).toEqual(Object.keys(a));
    expect(new Set([a.Id, b.Id, c.Id]).size).toBe(3);
    expect(store.count('Contact')).toBeGreaterThanOrEqual(3);
  });

  it('copies, as insert does, values with a null (#N/A): defaults skip that field', () => {
    const store = newStore();
    const values = { LastName: 'Lee', Company: 'Acme', Status: null };
    const lead = store.adopt('Lead', values, ADMIN);
    expect(lead).not.toBe(values);
    expect(lead.Status).toBeUndefined();
    expect(lead.IsConverted).toBe(false);
  });
});

describe('updateRecord', () => {
  it('changes the record it is given, like update by id', () => {
    const store = newStore();
    const contact = store.insert('Contact', { FirstName: 'Ada', LastName: 'Byron' }, ADMIN);
    const updated = store.updateRecord('Contact', contact, { LastName: 'Lovelace' }, ADMIN);
    expect(updated).toBe(contact);
    expect(store.get('Contact', contact.Id)).toMatchObject({ Name: 'Ada Lovelace' });
  });
});
