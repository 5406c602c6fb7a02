/**
 * Lead, with the fields a load commonly touches. Owned by a user or a queue, so `OwnerId` is
 * polymorphic (`User:Owner.Username` in a CSV header, salesforce-api.md §2).
 */
import {
  booleanField,
  currencyField,
  dateField,
  emailField,
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
  INDUSTRY,
  isDeletedField,
  jigsawFields,
  lastActivityField,
  lastViewedFields,
  LEAD_SOURCE,
  masterRecordField,
  ownerField,
  personNameFields,
  photoUrlField,
  RATING,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

export const LEAD_STATUSES = [
  'Open - Not Contacted',
  'Working - Contacted',
  'Closed - Converted',
  'Closed - Not Converted',
] as const;

const READ_ONLY = { createable: false, updateable: false, permissionable: false };
const CONVERTED = { ...READ_ONLY, searchPrefilterable: false };

export function leadObject(): SObjectSchema {
  return defineObject({
    name: 'Lead',
    keyPrefix: '00Q',
    label: 'Lead',
    labelPlural: 'Leads',
    flags: { mergeable: true },
    supportedScopes: ownedScopes('leads'),
    fields: [
      idField('Lead ID'),
      isDeletedField(),
      masterRecordField('Lead'),
      ...personNameFields(),
      textField('Title', 'Title', 128),
      textField('Company', 'Company', 255, { nillable: false }),
      ...addressFields(''),
      phoneField('Phone', 'Phone'),
      phoneField('MobilePhone', 'Mobile Phone'),
      phoneField('Fax', 'Fax'),
      emailField('Email', 'Email', { idLookup: true }),
      urlField('Website', 'Website'),
      photoUrlField(),
      textareaField('Description', 'Description', 32000),
      picklistField('LeadSource', 'Lead Source', LEAD_SOURCE, { length: 255 }),
      picklistField('Status', 'Status', LEAD_STATUSES, {
        default: 'Open - Not Contacted',
        length: 255,
        nillable: false,
      }),
      picklistField('Industry', 'Industry', INDUSTRY, { length: 255 }),
      picklistField('Rating', 'Rating', RATING, { length: 255 }),
      currencyField('AnnualRevenue', 'Annual Revenue', 18, 0),
      intField('NumberOfEmployees', 'No. of Employees', 8),
      ownerField(['Group', 'User']),
      booleanField('IsConverted', 'Converted', { updateable: false, permissionable: false }),
      dateField('ConvertedDate', 'Converted Date', READ_ONLY),
      referenceField(
        'ConvertedAccountId',
        'Converted Account ID',
        ['Account'],
        'ConvertedAccount',
        CONVERTED,
      ),
      referenceField(
        'ConvertedContactId',
        'Converted Contact ID',
        ['Contact'],
        'ConvertedContact',
        CONVERTED,
      ),
      referenceField(
        'ConvertedOpportunityId',
        'Converted Opportunity ID',
        ['Opportunity'],
        'ConvertedOpportunity',
        CONVERTED,
      ),
      booleanField('IsUnreadByOwner', 'Unread By Owner', { permissionable: false }),
      ...auditFields(),
      lastActivityField(),
      ...lastViewedFields(),
      ...jigsawFields('JigsawContactId', 'Jigsaw Contact ID', 'JigsawContact'),
      cleanStatusField(),
      textField('CompanyDunsNumber', 'Company D-U-N-S Number', 9),
      referenceField('IndividualId', 'Individual ID', ['Individual'], 'Individual', {
        permissionable: false,
      }),
    ],
  });
}
