/**
 * Campaign and CampaignMember. A member belongs to one campaign and to a lead or a contact;
 * deleting any of the three deletes the member (cascadeDelete on the child relationships).
 */
import {
  booleanField,
  currencyField,
  dateField,
  doubleField,
  idField,
  intField,
  percentField,
  picklistField,
  referenceField,
  textareaField,
  textField,
} from '../field-builders';
import { defineObject } from '../object-builder';
import {
  auditFields,
  isDeletedField,
  lastActivityField,
  lastViewedFields,
  ownerField,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

export const CAMPAIGN_TYPES = [
  'Conference',
  'Webinar',
  'Trade Show',
  'Public Relations',
  'Partners',
  'Referral Program',
  'Advertisement',
  'Banner Ads',
  'Direct Mail',
  'Email',
  'Telemarketing',
  'Other',
] as const;

export const CAMPAIGN_STATUSES = ['Planned', 'In Progress', 'Completed', 'Aborted'] as const;
export const CAMPAIGN_MEMBER_STATUSES = ['Sent', 'Responded'] as const;

const READ_ONLY = { createable: false, updateable: false, permissionable: false };
const ROLLUP = { ...READ_ONLY, nillable: false, defaultedOnCreate: true };

export function campaignObject(): SObjectSchema {
  return defineObject({
    name: 'Campaign',
    keyPrefix: '701',
    label: 'Campaign',
    labelPlural: 'Campaigns',
    flags: { feedEnabled: false },
    details: { deepCloneable: true },
    fields: [
      idField('Campaign ID'),
      isDeletedField(),
      textField('Name', 'Name', 80, { nameField: true, nillable: false, permissionable: false }),
      referenceField('ParentId', 'Parent Campaign ID', ['Campaign'], 'Parent'),
      picklistField('Type', 'Type', CAMPAIGN_TYPES, { length: 255 }),
      picklistField('Status', 'Status', CAMPAIGN_STATUSES, { length: 255 }),
      dateField('StartDate', 'Start Date'),
      dateField('EndDate', 'End Date'),
      currencyField('ExpectedRevenue', 'Expected Revenue in Campaign', 18, 0),
      currencyField('BudgetedCost', 'Budgeted Cost in Campaign', 18, 0),
      currencyField('ActualCost', 'Actual Cost in Campaign', 18, 0),
      percentField('ExpectedResponse', 'Expected Response (%)', 10, 2),
      doubleField('NumberSent', 'Num Sent in Campaign', 18, 0),
      booleanField('IsActive', 'Active'),
      textareaField('Description', 'Description', 32000),
      intField('NumberOfLeads', 'Leads in Campaign', 9, ROLLUP),
      intField('NumberOfContacts', 'Contacts in Campaign', 9, ROLLUP),
      intField('NumberOfResponses', 'Responses in Campaign', 9, ROLLUP),
      intField('NumberOfOpportunities', 'Opportunities in Campaign', 9, ROLLUP),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      ...lastViewedFields(),
    ],
  });
}

export function campaignMemberObject(): SObjectSchema {
  const fixedParent = { updateable: false, permissionable: false, searchPrefilterable: false };
  return defineObject({
    name: 'CampaignMember',
    keyPrefix: '00v',
    label: 'Campaign Member',
    labelPlural: 'Campaign Members',
    flags: { feedEnabled: false, mruEnabled: false, searchable: false, undeletable: false },
    urlKeys: [
      'compactLayouts',
      'rowTemplate',
      'uiDetailTemplate',
      'uiEditTemplate',
      'describe',
      'uiNewRecord',
      'layouts',
      'sobject',
    ],
    fields: [
      idField('Campaign Member ID'),
      isDeletedField(),
      referenceField('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign', {
        ...fixedParent,
        nillable: false,
      }),
      referenceField('LeadId', 'Lead ID', ['Lead'], 'Lead', fixedParent),
      referenceField('ContactId', 'Contact ID', ['Contact'], 'Contact', fixedParent),
      picklistField('Status', 'Status', CAMPAIGN_MEMBER_STATUSES, { default: 'Sent' }),
      booleanField('HasResponded', 'Responded', READ_ONLY),
      ...auditFields(),
      dateField('FirstRespondedDate', 'First Responded Date', READ_ONLY),
    ],
  });
}
