/**
 * How many records of each object seedOrg creates, and the seeded keys tests can rely on.
 */
import { RECORD_TYPES } from '../schema/record-types';

export const SEED_COUNTS = {
  Organization: 1,
  Profile: 2,
  /** The two demo users, two more active owners and one inactive user. */
  User: 5,
  UserPermissionAccess: 5,
  /** The support queue and one public group. */
  Group: 2,
  RecordType: RECORD_TYPES.length,
  Account: 300,
  Contact: 1000,
  Campaign: 4,
  Lead: 50,
  CampaignMember: 40,
  Opportunity: 200,
  Case: 100,
  Invoice__c: 100,
} as const;

/** Accounts 1…200 have External_Id__c `ACC-00001`…`ACC-00200`. */
export const ACCOUNTS_WITH_EXTERNAL_ID = 200;
/** Contacts 1…600 have External_Id__c `CON-00001`…`CON-00600`. */
export const CONTACTS_WITH_EXTERNAL_ID = 600;

/**
 * Invoice numbers (`INV-2025-0001`…) held by two invoices each, so an upsert on the non-unique
 * Invoice_Number__c fails with DUPLICATE_EXTERNAL_ID (salesforce-api.md §3).
 */
export const DUPLICATED_INVOICE_NUMBERS = [
  'INV-2025-0001',
  'INV-2025-0002',
  'INV-2025-0003',
  'INV-2025-0004',
  'INV-2025-0005',
] as const;

/** Two invoices whose numbers differ only by case: distinct, since the field is case-sensitive. */
export const CASE_VARIANT_INVOICE_NUMBERS = ['INV-2025-0006', 'inv-2025-0006'] as const;
