/**
 * Opportunity, with the sales-path fields a load touches. Deleting an account deletes its
 * opportunities (Account's child relationship cascades, as the real Account describe says).
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
import { defineObject, ownedScopes } from '../object-builder';
import {
  auditFields,
  isDeletedField,
  lastActivityField,
  lastViewedFields,
  LEAD_SOURCE,
  ownerField,
  recordTypeIdField,
} from '../standard-fields';
import type { SObjectSchema } from '../types';

export const OPPORTUNITY_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
] as const;

export const OPPORTUNITY_TYPES = [
  'Existing Customer - Upgrade',
  'Existing Customer - Replacement',
  'Existing Customer - Downgrade',
  'New Customer',
] as const;

const FORECAST_CATEGORIES = ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'] as const;
const READ_ONLY = { createable: false, updateable: false, permissionable: false };
const DERIVED = { ...READ_ONLY, nillable: false, defaultedOnCreate: true };

export function opportunityObject(): SObjectSchema {
  return defineObject({
    name: 'Opportunity',
    keyPrefix: '006',
    label: 'Opportunity',
    labelPlural: 'Opportunities',
    details: { deepCloneable: true },
    supportedScopes: ownedScopes('opportunities'),
    fields: [
      idField('Opportunity ID'),
      isDeletedField(),
      referenceField('AccountId', 'Account ID', ['Account'], 'Account'),
      recordTypeIdField('Opportunity'),
      booleanField('IsPrivate', 'Private'),
      textField('Name', 'Name', 120, { nameField: true, nillable: false, permissionable: false }),
      textareaField('Description', 'Description', 32000),
      picklistField('StageName', 'Stage', OPPORTUNITY_STAGES, {
        length: 255,
        nillable: false,
        permissionable: false,
      }),
      currencyField('Amount', 'Amount', 18, 2),
      percentField('Probability', 'Probability (%)', 3, 0, { defaultedOnCreate: true }),
      currencyField('ExpectedRevenue', 'Expected Amount', 18, 2, {
        ...READ_ONLY,
        calculated: true,
      }),
      doubleField('TotalOpportunityQuantity', 'Quantity', 18, 2),
      dateField('CloseDate', 'Close Date', { nillable: false, permissionable: false }),
      picklistField('Type', 'Opportunity Type', OPPORTUNITY_TYPES, { length: 255 }),
      textField('NextStep', 'Next Step', 255),
      picklistField('LeadSource', 'Lead Source', LEAD_SOURCE, { length: 255 }),
      booleanField('IsClosed', 'Closed', READ_ONLY),
      booleanField('IsWon', 'Won', READ_ONLY),
      picklistField('ForecastCategoryName', 'Forecast Category', FORECAST_CATEGORIES, {
        defaultedOnCreate: true,
      }),
      referenceField('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign'),
      booleanField('HasOpportunityLineItem', 'Has Line Item', READ_ONLY),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      intField('FiscalQuarter', 'Fiscal Quarter', 11, DERIVED),
      intField('FiscalYear', 'Fiscal Year', 11, DERIVED),
      textField('Fiscal', 'Fiscal Period', 6, DERIVED),
      referenceField('ContactId', 'Contact ID', ['Contact'], 'Contact'),
      ...lastViewedFields(),
    ],
  });
}
