import { describe, expect, it } from 'vitest';
import { autoMatch } from './auto-match';
import {
  contactDescribe,
  parentDescribes,
  SHARED_DATA_MISSING_REASON,
} from './test-support/describe-fixtures';

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)(
  'autoMatch on the real Contact describe',
  () => {
    const contact = contactDescribe();
    const parents = parentDescribes();
    const match = (header: string) => autoMatch([header], contact, { parents }).columns[0];

    it.each([
      ['LastName', 'LastName', 'exact', 1, true],
      ['lastname', 'LastName', 'normalised', 0.95, false],
      ['Last Name', 'LastName', 'label', 0.9, false],
      ['Business Phone', 'Phone', 'label', 0.9, false],
      ['mailing_postal_code', 'MailingPostalCode', 'normalised', 0.8, false],
      ['E-mail', 'Email', 'normalised', 0.8, false],
      ['Shoe_Size', 'Shoe_Size__c', 'normalised', 0.8, false],
      ['Legacy_Code', 'Legacy_Code__c', 'custom-suffix', 0.7, false],
    ])('maps %s to the field %s (%s)', (header, field, reason, confidence, accepted) => {
      expect(match(header)?.suggestion).toMatchObject({
        mapping: { kind: 'field', field },
        reason,
        confidence,
        accepted,
      });
    });

    it.each([
      ['Account.External_Id__c', 'AccountId', 'Account', 'External_Id__c'],
      ['Account:External_Id__c', 'AccountId', 'Account', 'External_Id__c'],
      ['Account__r.External_Id__c', 'AccountId', 'Account', 'External_Id__c'],
      ['Mother__r.External_Id__c', 'Mother__c', 'Contact', 'External_Id__c'],
      ['User:Owner.Username', 'OwnerId', 'User', 'Username'],
      ['Owner.Username', 'OwnerId', 'User', 'Username'],
    ])(
      'suggests the relationship %s, never accepting it silently',
      (header, lookupField, targetObject, targetField) => {
        expect(match(header)?.suggestion).toMatchObject({
          mapping: { kind: 'relationship', lookupField, targetObject, targetField },
          reason: 'relationship',
          accepted: false,
        });
      },
    );

    it('says why a relationship header does not match', () => {
      expect(match('Account.Name')).toMatchObject({
        suggestion: null,
        unmatchedReason: expect.stringContaining('not an External ID'),
      });
    });

    it.each(['Mailing Address', 'Favourite colour', '', '   '])('leaves %j unmatched', (header) => {
      expect(match(header)?.suggestion).toBeNull();
    });

    it('never maps two columns to one field silently', () => {
      const result = autoMatch(['Last Name', 'LastName', 'last_name', 'Email'], contact);
      expect(result.columns.map((c) => c.suggestion?.mapping)).toEqual([
        undefined,
        { kind: 'field', field: 'LastName' },
        undefined,
        { kind: 'field', field: 'Email' },
      ]);
      expect(result.conflicts).toEqual([
        { target: 'LastName', keptColumn: 1, droppedColumns: [0, 2] },
      ]);
      expect(result.columns[0]?.unmatchedReason).toContain('Column 2 ("LastName")');
    });

    it('keeps the earlier column when two match equally well', () => {
      const result = autoMatch(['Account.External_Id__c', 'AccountId.External_Id__c'], contact, {
        parents,
      });
      expect(result.conflicts).toEqual([
        { target: 'AccountId', keptColumn: 0, droppedColumns: [1] },
      ]);
    });

    it('matches a whole label-header Contact file without typing a field name', () => {
      const headers = [
        'First Name',
        'Last Name',
        'Email',
        'Business Phone',
        'Mailing City',
        'Birthdate',
        'Account.External_Id__c',
      ];
      const result = autoMatch(headers, contact, { parents });
      expect(result.columns.every((c) => c.suggestion !== null)).toBe(true);
      expect(result.conflicts).toEqual([]);
    });
  },
);
