import { describe, expect, it } from 'vitest';
import { findField } from './describe-types';
import {
  buildRelationshipHeader,
  findLookupField,
  parseRelationshipHeader,
  resolveRelationship,
} from './relationship-header';
import {
  contactDescribe,
  parentDescribes,
  SHARED_DATA_MISSING_REASON,
} from './test-support/describe-fixtures';

describe('parseRelationshipHeader', () => {
  it.each([
    [
      'Account.External_Id__c',
      {
        syntax: 'bulk',
        typePrefix: null,
        relationshipName: 'Account',
        targetField: 'External_Id__c',
      },
    ],
    [
      'User:Owner.Username',
      { syntax: 'bulk', typePrefix: 'User', relationshipName: 'Owner', targetField: 'Username' },
    ],
    [
      'Mother__r.External_Id__c',
      {
        syntax: 'bulk',
        typePrefix: null,
        relationshipName: 'Mother__r',
        targetField: 'External_Id__c',
      },
    ],
    [
      ' Owner.Username ',
      { syntax: 'bulk', typePrefix: null, relationshipName: 'Owner', targetField: 'Username' },
    ],
    [
      'Account:External_Id__c',
      {
        syntax: 'data-loader-legacy',
        typePrefix: null,
        relationshipName: 'Account',
        targetField: 'External_Id__c',
      },
    ],
    [
      'Who:Contact-Email',
      {
        syntax: 'data-loader',
        typePrefix: 'Contact',
        relationshipName: 'Who',
        targetField: 'Email',
      },
    ],
  ])('reads %s', (header, expected) => {
    expect(parseRelationshipHeader(header)).toEqual(expected);
  });

  it.each(['Email', 'Account ID', 'a.b.c', 'User:Owner:Username', '.Email', 'Account.'])(
    'does not read %s as a relationship',
    (header) => {
      expect(parseRelationshipHeader(header)).toBeNull();
    },
  );
});

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)(
  'relationships on the real Contact describe',
  () => {
    const contact = contactDescribe();
    const polymorphicContact = contactDescribe({ ownerReferenceTo: ['User', 'Group'] });
    const parents = parentDescribes();

    it.each([
      ['Account', 'AccountId'],
      ['account', 'AccountId'],
      ['AccountId', 'AccountId'],
      ['ReportsTo', 'ReportsToId'],
      ['Mother__r', 'Mother__c'],
      ['Mother__c', 'Mother__c'],
      ['Account__r', 'AccountId'],
    ])('finds the lookup behind %s', (name, field) => {
      expect(findLookupField(contact, name)?.name).toBe(field);
    });

    it.each([
      [
        'a standard lookup',
        contact,
        'AccountId',
        'Account',
        'External_Id__c',
        'Account.External_Id__c',
      ],
      [
        'a custom lookup (__c becomes __r)',
        contact,
        'Mother__c',
        'Contact',
        'External_Id__c',
        'Mother__r.External_Id__c',
      ],
      [
        'a lookup to one object in this org',
        contact,
        'OwnerId',
        'User',
        'Username',
        'Owner.Username',
      ],
      [
        'a polymorphic lookup',
        polymorphicContact,
        'OwnerId',
        'User',
        'Username',
        'User:Owner.Username',
      ],
    ])('builds the header for %s', (_name, describe, lookup, object, field, header) => {
      const lookupField = findField(describe, lookup);
      if (!lookupField) throw new Error('fixture');
      expect(buildRelationshipHeader(lookupField, object, field)).toBe(header);
    });

    it.each([
      [
        'Account.External_Id__c',
        contact,
        { lookup: 'AccountId', targetObject: 'Account', targetField: 'External_Id__c', notes: 0 },
      ],
      [
        'account.external_id__c',
        contact,
        { lookup: 'AccountId', targetObject: 'Account', targetField: 'External_Id__c', notes: 0 },
      ],
      [
        'User:Owner.Username',
        contact,
        { lookup: 'OwnerId', targetObject: 'User', targetField: 'Username', notes: 1 },
      ],
      [
        'User:Owner.Username',
        polymorphicContact,
        { lookup: 'OwnerId', targetObject: 'User', targetField: 'Username', notes: 0 },
      ],
      [
        'Owner.Employee_Number__c',
        polymorphicContact,
        { lookup: 'OwnerId', targetObject: 'User', targetField: 'Employee_Number__c', notes: 1 },
      ],
    ])('resolves %s', (header, describe, expected) => {
      const parsed = parseRelationshipHeader(header);
      const resolved = parsed && resolveRelationship(describe, parsed, parents);
      expect(resolved).toMatchObject({
        ok: true,
        verified: true,
        targetObject: expected.targetObject,
        targetField: expected.targetField,
      });
      if (!resolved?.ok) return;
      expect(resolved.lookupField.name).toBe(expected.lookup);
      expect(resolved.notes).toHaveLength(expected.notes);
    });

    it.each([
      ['Boss.Email', contact, 'no-lookup'],
      ['Group:Owner.Username', contact, 'type-not-referenced'],
      ['Owner.Id', polymorphicContact, 'type-required'],
      ['Account.Nope__c', contact, 'target-field-unknown'],
      ['Account.Name', contact, 'target-field-not-indexed'],
    ])('explains why %s does not resolve', (header, describe, reason) => {
      const parsed = parseRelationshipHeader(header);
      const resolved = parsed && resolveRelationship(describe, parsed, parents);
      expect(resolved).toMatchObject({ ok: false, reason });
    });

    it('accepts an unverified parent field when the parent describe is not loaded', () => {
      const parsed = parseRelationshipHeader('Account.Anything__c');
      expect(parsed && resolveRelationship(contact, parsed)).toMatchObject({
        ok: true,
        verified: false,
        targetField: 'Anything__c',
      });
    });
  },
);
