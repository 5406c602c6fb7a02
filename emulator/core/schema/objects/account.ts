/**
 * Account, field for field as a real org describes it (checked by describe-conformance.test.ts
 * against ../shared/data/salesforce/account-describe.json), plus what the demo org's admin
 * added: record types (so `RecordTypeId`) and the `External_Id__c` upsert key.
 */
import {
  currencyField,
  idField,
  intField,
  phoneField,
  picklistField,
  referenceField,
  textareaField,
  textField,
  urlField,
} from '../field-builders';
import { defineObject, ownedScopes } from '../object-builder';
import {
  addressFields,
  auditFields,
  cleanStatusField,
  externalIdField,
  INDUSTRY,
  isDeletedField,
  jigsawFields,
  lastActivityField,
  lastViewedFields,
  LEAD_SOURCE,
  masterRecordField,
  ownerField,
  photoUrlField,
  RATING,
  recordTypeIdField,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

export const ACCOUNT_TYPES = [
  'Prospect',
  'Customer - Direct',
  'Customer - Channel',
  'Channel Partner / Reseller',
  'Installation Partner',
  'Technology Partner',
  'Other',
] as const;

export const ACCOUNT_OWNERSHIP = ['Public', 'Private', 'Subsidiary', 'Other'] as const;

const LONG_PICKLIST = { length: 255 };

export function accountObject(): SObjectSchema {
  return defineObject({
    name: 'Account',
    keyPrefix: '001',
    label: 'Account',
    labelPlural: 'Accounts',
    flags: { mergeable: true },
    supportedScopes: ownedScopes('accounts'),
    fields: [
      idField('Account ID'),
      isDeletedField(),
      masterRecordField('Account'),
      textField('Name', 'Account Name', 255, {
        compoundFieldName: 'Name',
        extraTypeInfo: 'switchablepersonname',
        nameField: true,
        nillable: false,
        permissionable: false,
      }),
      picklistField('Type', 'Account Type', ACCOUNT_TYPES, LONG_PICKLIST),
      recordTypeIdField('Account'),
      referenceField('ParentId', 'Parent Account ID', ['Account'], 'Parent'),
      ...addressFields('Billing'),
      ...addressFields('Shipping'),
      phoneField('Phone', 'Account Phone'),
      phoneField('Fax', 'Account Fax'),
      textField('AccountNumber', 'Account Number', 40),
      urlField('Website', 'Website'),
      photoUrlField(),
      textField('Sic', 'SIC Code', 20),
      picklistField('Industry', 'Industry', INDUSTRY, LONG_PICKLIST),
      currencyField('AnnualRevenue', 'Annual Revenue', 18, 0),
      intField('NumberOfEmployees', 'Employees', 8),
      picklistField('Ownership', 'Ownership', ACCOUNT_OWNERSHIP, LONG_PICKLIST),
      textField('TickerSymbol', 'Ticker Symbol', 20),
      textareaField('Description', 'Account Description', 32000),
      picklistField('Rating', 'Account Rating', RATING, LONG_PICKLIST),
      textField('Site', 'Account Site', 80),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      ...lastViewedFields(),
      ...jigsawFields('JigsawCompanyId', 'Jigsaw Company ID', 'JigsawCompany'),
      cleanStatusField(),
      picklistField('AccountSource', 'Account Source', LEAD_SOURCE, LONG_PICKLIST),
      textField('DunsNumber', 'D-U-N-S Number', 9),
      textField('Tradestyle', 'Tradestyle', 255),
      textField('NaicsCode', 'NAICS Code', 8),
      textField('NaicsDesc', 'NAICS Description', 120),
      textField('YearStarted', 'Year Started', 4),
      textField('SicDesc', 'SIC Description', 80),
      referenceField('DandbCompanyId', 'D&B Company ID', ['DandBCompany'], 'DandbCompany'),
      referenceField('OperatingHoursId', 'Operating Hour ID', ['OperatingHours'], 'OperatingHours'),
      externalIdField('External_Id__c', 'External ID', 255),
    ],
  });
}
