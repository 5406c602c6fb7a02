/**
 * Invoice__c, the demo org's custom object. Its `Invoice_Number__c` External ID is deliberately
 * not unique and case-sensitive, so upserts on it can match several records and fail with
 * DUPLICATE_EXTERNAL_ID (salesforce-api.md §3), as they can in a real org.
 */
import {
  currencyField,
  dateField,
  idField,
  picklistField,
  referenceField,
  textField,
} from '../field-builders';
import { defineObject } from '../object-builder';
import {
  auditFields,
  externalIdField,
  isDeletedField,
  lastActivityField,
  lastViewedFields,
  ownerField,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

export const INVOICE_STATUSES = ['Draft', 'Sent', 'Paid', 'Void'] as const;
export const INVOICE_NAME_FORMAT = 'INV-{00000}';

const CUSTOM = { custom: true };

export function invoiceObject(): SObjectSchema {
  return defineObject({
    name: 'Invoice__c',
    keyPrefix: 'a01',
    label: 'Invoice',
    labelPlural: 'Invoices',
    flags: { custom: true, feedEnabled: false },
    autoNumberFormats: { Name: { format: INVOICE_NAME_FORMAT, startingNumber: 1 } },
    fields: [
      idField('Record ID'),
      ownerField(['Group', 'User']),
      isDeletedField(),
      // An auto-number name: never createable, filled by the store on insert.
      textField('Name', 'Invoice Name', 80, {
        autoNumber: true,
        createable: false,
        updateable: false,
        defaultedOnCreate: true,
        idLookup: true,
        nameField: true,
        nillable: false,
        permissionable: false,
      }),
      ...auditFields(),
      lastActivityField(),
      ...lastViewedFields(),
      referenceField('Account__c', 'Account', ['Account'], 'Account__r', CUSTOM),
      externalIdField('Invoice_Number__c', 'Invoice Number', 40, {
        unique: false,
        caseSensitive: true,
      }),
      picklistField('Status__c', 'Status', INVOICE_STATUSES, {
        ...CUSTOM,
        default: 'Draft',
        length: 255,
        restrictedPicklist: true,
      }),
      currencyField('Amount__c', 'Amount', 18, 2, CUSTOM),
      dateField('Due_Date__c', 'Due Date', CUSTOM),
    ],
  });
}
