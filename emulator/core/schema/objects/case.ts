/**
 * Case. `CaseNumber` is an auto-number (the store numbers it; it is an idLookup field, so
 * `Parent.CaseNumber` works as a relationship column). Owned by a user or a queue.
 */
import {
  booleanField,
  datetimeField,
  emailField,
  idField,
  picklistField,
  referenceField,
  textareaField,
  textField,
} from '../field-builders';
import { defineObject, ownedScopes } from '../object-builder';
import {
  auditFields,
  isDeletedField,
  lastViewedFields,
  masterRecordField,
  ownerField,
  recordTypeIdField,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

export const CASE_STATUSES = ['New', 'Working', 'Escalated', 'Closed'] as const;
export const CASE_ORIGINS = ['Phone', 'Email', 'Web'] as const;
export const CASE_PRIORITIES = ['High', 'Medium', 'Low'] as const;
export const CASE_TYPES = [
  'Mechanical',
  'Electrical',
  'Electronic',
  'Structural',
  'Other',
] as const;
export const CASE_REASONS = [
  'Installation',
  'Equipment Complexity',
  'Performance',
  'Breakdown',
  'Equipment Design',
  'Feedback',
  'Other',
] as const;

const READ_ONLY = { createable: false, updateable: false, permissionable: false };

export function caseObject(): SObjectSchema {
  return defineObject({
    name: 'Case',
    keyPrefix: '500',
    label: 'Case',
    labelPlural: 'Cases',
    supportedScopes: ownedScopes('cases'),
    urlKeys: [
      'compactLayouts',
      'rowTemplate',
      'approvalLayouts',
      'caseArticleSuggestions',
      'caseRowArticleSuggestions',
      'uiDetailTemplate',
      'uiEditTemplate',
      'listviews',
      'describe',
      'uiNewRecord',
      'quickActions',
      'layouts',
      'sobject',
    ],
    autoNumberFormats: { CaseNumber: { format: '{00000000}', startingNumber: 1001 } },
    fields: [
      idField('Case ID'),
      isDeletedField(),
      masterRecordField('Case'),
      textField('CaseNumber', 'Case Number', 30, {
        ...READ_ONLY,
        autoNumber: true,
        defaultedOnCreate: true,
        idLookup: true,
        nameField: true,
        nillable: false,
      }),
      referenceField('ContactId', 'Contact ID', ['Contact'], 'Contact'),
      referenceField('AccountId', 'Account ID', ['Account'], 'Account'),
      referenceField('ParentId', 'Parent Case ID', ['Case'], 'Parent'),
      textField('SuppliedName', 'Name', 80),
      emailField('SuppliedEmail', 'Email Address'),
      textField('SuppliedPhone', 'Phone', 40),
      textField('SuppliedCompany', 'Company', 80),
      picklistField('Type', 'Case Type', CASE_TYPES),
      recordTypeIdField('Case'),
      picklistField('Status', 'Status', CASE_STATUSES, { default: 'New' }),
      picklistField('Reason', 'Case Reason', CASE_REASONS),
      picklistField('Origin', 'Case Origin', CASE_ORIGINS),
      textField('Subject', 'Subject', 255),
      picklistField('Priority', 'Priority', CASE_PRIORITIES, { default: 'Medium' }),
      textareaField('Description', 'Description', 32000),
      booleanField('IsClosed', 'Closed', READ_ONLY),
      datetimeField('ClosedDate', 'Closed Date', READ_ONLY),
      booleanField('IsEscalated', 'Escalated'),
      ownerField(['Group', 'User']),
      ...auditFields(),
      ...lastViewedFields(),
    ],
  });
}
