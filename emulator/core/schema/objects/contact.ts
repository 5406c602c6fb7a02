/**
 * Contact, field for field as a real org describes it (checked by describe-conformance.test.ts
 * against ../shared/data/salesforce/contact-describe.json), plus the demo org's custom
 * `External_Id__c` upsert key.
 */
import {
  booleanField,
  dateField,
  datetimeField,
  emailField,
  idField,
  phoneField,
  picklistField,
  referenceField,
  textareaField,
  textField,
} from '../field-builders';
import { defineObject, ownedScopes } from '../object-builder';
import {
  addressFields,
  auditFields,
  cleanStatusField,
  externalIdField,
  GEOCODE_ACCURACY_API_LABELS,
  isDeletedField,
  jigsawFields,
  lastActivityField,
  lastViewedFields,
  LEAD_SOURCE,
  masterRecordField,
  ownerField,
  personNameFields,
  photoUrlField,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

const READ_ONLY = { createable: false, updateable: false, permissionable: false };

export function contactObject(): SObjectSchema {
  return defineObject({
    name: 'Contact',
    keyPrefix: '003',
    label: 'Contact',
    labelPlural: 'Contacts',
    flags: { mergeable: true },
    supportedScopes: ownedScopes('contacts'),
    fields: [
      idField('Contact ID'),
      isDeletedField(),
      masterRecordField('Contact'),
      referenceField('AccountId', 'Account ID', ['Account'], 'Account'),
      ...personNameFields(),
      ...addressFields('Other', GEOCODE_ACCURACY_API_LABELS),
      ...addressFields('Mailing', GEOCODE_ACCURACY_API_LABELS),
      phoneField('Phone', 'Business Phone'),
      phoneField('Fax', 'Business Fax'),
      phoneField('MobilePhone', 'Mobile Phone'),
      phoneField('HomePhone', 'Home Phone'),
      phoneField('OtherPhone', 'Other Phone'),
      phoneField('AssistantPhone', 'Asst. Phone'),
      referenceField('ReportsToId', 'Reports To ID', ['Contact'], 'ReportsTo'),
      emailField('Email', 'Email', { idLookup: true }),
      textField('Title', 'Title', 128),
      textField('Department', 'Department', 80),
      textField('AssistantName', "Assistant's Name", 40),
      picklistField('LeadSource', 'Lead Source', LEAD_SOURCE, { length: 255 }),
      dateField('Birthdate', 'Birthdate'),
      textareaField('Description', 'Contact Description', 32000),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      datetimeField('LastCURequestDate', 'Last Stay-in-Touch Request Date', READ_ONLY),
      datetimeField('LastCUUpdateDate', 'Last Stay-in-Touch Save Date', READ_ONLY),
      ...lastViewedFields(),
      textField('EmailBouncedReason', 'Email Bounced Reason', 255, { permissionable: false }),
      datetimeField('EmailBouncedDate', 'Email Bounced Date', { permissionable: false }),
      booleanField('IsEmailBounced', 'Is Email Bounced', READ_ONLY),
      photoUrlField(),
      ...jigsawFields('JigsawContactId', 'Jigsaw Contact ID', 'JigsawContact'),
      cleanStatusField(),
      referenceField('IndividualId', 'Individual ID', ['Individual'], 'Individual', {
        permissionable: false,
      }),
      externalIdField('External_Id__c', 'External ID', 255),
    ],
  });
}
