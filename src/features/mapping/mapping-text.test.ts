import { describe, expect, it } from 'vitest';
import { autoMatch } from '../../load/auto-match';
import {
  contactDescribe,
  parentDescribes,
  SHARED_DATA_MISSING_REASON,
} from '../../load/test-support/describe-fixtures';
import { parentObjectsNeeded } from './parent-objects';
import { deriveMapping, EMPTY_LOAD_DRAFT } from '../../load/load-draft';
import { mappingText, suggestionReason } from './mapping-text';

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)('mapping in words', () => {
  const contact = contactDescribe();

  it.each([
    ['Last Name', "matches the field label 'Last Name'"],
    ['lastname', 'matches the API name LastName, ignoring case, spaces and punctuation'],
    [
      'mailing_postal_code',
      'matches the API name MailingPostalCode, ignoring case, spaces and punctuation',
    ],
    [
      'Business-Phone',
      "matches the field label 'Business Phone', ignoring case, spaces and punctuation",
    ],
    ['Legacy_Code', 'matches the custom field Legacy_Code__c without its __c'],
    [
      'Account.External_Id__c',
      'finds the Account by its External_Id__c, through the Account ID lookup',
    ],
  ])('explains why %s was suggested', (header, reason) => {
    const suggestion = autoMatch([header], contact, { parents: parentDescribes() }).columns[0]
      ?.suggestion;
    expect(suggestion && suggestionReason(suggestion, header, contact)).toBe(reason);
  });

  it.each([
    [{ kind: 'skip' } as const, 'Not loaded'],
    [{ kind: 'field', field: 'lastname' } as const, 'Last Name (LastName)'],
    [
      {
        kind: 'relationship',
        lookupField: 'AccountId',
        targetObject: 'Account',
        targetField: 'External_Id__c',
      } as const,
      'Account.External_Id__c (Account by External_Id__c)',
    ],
  ])('names the mapping %j as %s', (mapping, text) => {
    expect(mappingText(mapping, contact)).toBe(text);
  });

  it('asks for the describes of parents named by headers and by mapped lookups', () => {
    const derived = deriveMapping(
      {
        ...EMPTY_LOAD_DRAFT,
        object: 'Contact',
        source: {
          fileName: 'x.csv',
          header: ['Owner.Username', 'ReportsToId', 'LastName'],
          sampleRows: [],
          rowCount: null,
        },
      },
      contact,
    );
    expect(parentObjectsNeeded(derived?.columns ?? [], contact)).toEqual(['Contact', 'User']);
  });
});
