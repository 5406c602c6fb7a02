import { describe, expect, it } from 'vitest';
import { createOrgSchema } from './org-schema';
import { MASTER_RECORD_TYPE_ID, RECORD_TYPES } from './record-types';
import type { DescribeField } from './types';

const schema = createOrgSchema();

function field(objectName: string, fieldName: string): DescribeField {
  const found = schema.getField(objectName, fieldName);
  if (found === undefined) throw new Error(`${objectName}.${fieldName} missing`);
  return found;
}

/** The keys every describe field carries (salesforce-api.md §4.4). */
const FIELD_KEYS = Object.keys(field('Account', 'Name')).sort();
const TEXT_TYPES = new Set(['string', 'textarea', 'picklist', 'email', 'phone', 'url']);

describe('createOrgSchema', () => {
  it('has the demo org objects, in name order', () => {
    expect(schema.objects().map((o) => o.name)).toEqual([
      'Account',
      'Campaign',
      'CampaignMember',
      'Case',
      'Contact',
      'Group',
      'Invoice__c',
      'Lead',
      'Opportunity',
      'Organization',
      'Profile',
      'RecordType',
      'User',
      'UserPermissionAccess',
    ]);
  });

  it('finds objects and fields whatever their case', () => {
    expect(schema.getObject('account')?.name).toBe('Account');
    expect(schema.getObject('INVOICE__C')?.name).toBe('Invoice__c');
    expect(schema.getField('contact', 'external_id__c')?.name).toBe('External_Id__c');
    expect(schema.getObject('Nope')).toBeUndefined();
    expect(schema.getField('Account', 'Nope__c')).toBeUndefined();
  });

  it.each([
    ['001', 'Account'],
    ['003', 'Contact'],
    ['00Q', 'Lead'],
    ['005', 'User'],
    ['00G', 'Group'],
    ['a01', 'Invoice__c'],
  ])('maps key prefix %s to %s', (prefix, name) => {
    expect(schema.getObjectByKeyPrefix(prefix)?.name).toBe(name);
  });

  it.each([
    ['Lead', ['Group', 'User'], true],
    ['Case', ['Group', 'User'], true],
    ['Invoice__c', ['Group', 'User'], true],
    ['Account', ['User'], false],
    ['Contact', ['User'], false],
    ['Opportunity', ['User'], false],
  ])('%s.OwnerId references %j (polymorphic: %s)', (objectName, referenceTo, polymorphic) => {
    const owner = field(objectName, 'OwnerId');
    expect(owner.referenceTo).toEqual(referenceTo);
    expect(owner.polymorphicForeignKey).toBe(polymorphic);
    expect(owner.relationshipName).toBe('Owner');
  });

  it.each(['Account', 'Contact'])('gives %s a unique, case-insensitive External_Id__c', (name) => {
    expect(field(name, 'External_Id__c')).toMatchObject({
      type: 'string',
      length: 255,
      label: 'External ID',
      custom: true,
      externalId: true,
      idLookup: true,
      unique: true,
      caseSensitive: false,
    });
  });

  it('describes Invoice__c as the custom object the demo loads use', () => {
    const invoice = schema.getObject('Invoice__c');
    expect(invoice).toMatchObject({ keyPrefix: 'a01', label: 'Invoice', custom: true });
    expect(field('Invoice__c', 'Name')).toMatchObject({
      nameField: true,
      autoNumber: true,
      createable: false,
    });
    expect(field('Invoice__c', 'Account__c')).toMatchObject({
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'Account__r',
      custom: true,
    });
    expect(field('Invoice__c', 'Invoice_Number__c')).toMatchObject({
      externalId: true,
      unique: false,
      caseSensitive: true,
    });
    const status = field('Invoice__c', 'Status__c');
    expect(status.restrictedPicklist).toBe(true);
    expect(status.picklistValues.map((v) => v.value)).toEqual(['Draft', 'Sent', 'Paid', 'Void']);
    expect(field('Invoice__c', 'Amount__c')).toMatchObject({
      type: 'currency',
      precision: 18,
      scale: 2,
    });
    expect(field('Invoice__c', 'Due_Date__c').type).toBe('date');
  });

  it('has queues: Group.Type offers Queue', () => {
    expect(field('Group', 'Type').picklistValues.map((v) => v.value)).toContain('Queue');
  });

  it('makes UserPermissionAccess queryable but not createable', () => {
    const upa = schema.getObject('UserPermissionAccess');
    expect(upa).toMatchObject({ queryable: true, createable: false, updateable: false });
    for (const name of ['ApiEnabled', 'BulkApiHardDelete', 'ModifyAllData', 'ViewAllData']) {
      expect(field('UserPermissionAccess', `Permissions${name}`).type).toBe('boolean');
    }
  });

  it.each(['Account', 'Opportunity', 'Case'])(
    'lists Master and the seeded record types of %s',
    (name) => {
      const infos = schema.getObject(name)?.recordTypeInfos ?? [];
      const seeded = RECORD_TYPES.filter((rt) => rt.sobjectType === name).map((rt) => rt.id);
      expect(infos.map((i) => i.recordTypeId).sort()).toEqual(
        [MASTER_RECORD_TYPE_ID, ...seeded].sort(),
      );
      expect(infos.filter((i) => i.defaultRecordTypeMapping)).toHaveLength(1);
      expect(field(name, 'RecordTypeId').referenceTo).toEqual(['RecordType']);
    },
  );

  it.each([
    ['Contact', 'AccountId', 'Contacts', true, false],
    ['Opportunity', 'AccountId', 'Opportunities', true, false],
    ['Case', 'AccountId', 'Cases', false, true],
    ['Invoice__c', 'Account__c', 'Invoices__r', false, false],
  ])(
    'gives Account the child %s.%s (%s, cascade %s, restricted %s)',
    (child, fieldName, name, cascade, restricted) => {
      const relationship = schema
        .getObject('Account')
        ?.childRelationships.find((r) => r.childSObject === child && r.field === fieldName);
      expect(relationship).toMatchObject({
        relationshipName: name,
        cascadeDelete: cascade,
        restrictedDelete: restricted,
      });
    },
  );

  it('derives every child relationship from a lookup that points at the parent', () => {
    for (const parent of schema.objects()) {
      for (const relationship of parent.childRelationships) {
        expect(field(relationship.childSObject, relationship.field).referenceTo).toContain(
          parent.name,
        );
      }
    }
  });

  it('gives every field every describe key, and text fields 3 bytes per character', () => {
    for (const object of schema.objects()) {
      for (const f of object.fields) {
        expect(Object.keys(f).sort(), `${object.name}.${f.name}`).toEqual(FIELD_KEYS);
        if (TEXT_TYPES.has(f.type))
          expect(f.byteLength, `${object.name}.${f.name}`).toBe(f.length * 3);
      }
    }
  });

  it('has one Id and one name field per object, and unique field names', () => {
    for (const object of schema.objects()) {
      const names = object.fields.map((f) => f.name.toLowerCase());
      expect(new Set(names).size, object.name).toBe(names.length);
      expect(
        object.fields.filter((f) => f.type === 'id'),
        object.name,
      ).toHaveLength(1);
      expect(object.fields.filter((f) => f.nameField).length, object.name).toBeLessThanOrEqual(1);
    }
  });

  it('builds a fresh schema each time, so one org cannot change another', () => {
    const other = createOrgSchema();
    const name = other.getField('Account', 'Name');
    if (name !== undefined) name.label = 'Changed';
    expect(field('Account', 'Name').label).toBe('Account Name');
  });
});
