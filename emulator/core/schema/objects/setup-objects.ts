/**
 * Setup objects the console and SOQL read: Group (queues), Organization, RecordType and
 * UserPermissionAccess (the context user's permissions; one row per user in the store).
 */
import {
  booleanField,
  datetimeField,
  emailField,
  idField,
  intField,
  phoneField,
  picklistField,
  referenceField,
  textField,
} from '../field-builders';
import type { PicklistSpec } from '../field-builders';
import { LANGUAGES, LOCALES, TIME_ZONES } from '../locale-picklists';
import { defineObject, SETUP_URL_KEYS } from '../object-builder';
import { addressFields, auditFields } from '../standard-fields';
import type { SObjectFlags, SObjectSchema } from '../types';

export const GROUP_TYPES: readonly PicklistSpec[] = [
  ['Regular', 'Public Group'],
  ['Role', 'Role'],
  ['RoleAndSubordinates', 'Role and Subordinates'],
  ['RoleAndSubordinatesInternal', 'Role and Internal Subordinates'],
  ['Manager', 'Manager'],
  ['ManagerAndSubordinatesInternal', 'Manager and Subordinates'],
  ['Organization', 'Organization'],
  ['Queue', 'Queue'],
];

export const ORGANIZATION_TYPES = [
  'Team Edition',
  'Professional Edition',
  'Enterprise Edition',
  'Developer Edition',
  'Personal Edition',
  'Unlimited Edition',
  'Contact Manager Edition',
  'Base Edition',
] as const;

/** The objects that can have record types in the demo org. */
const RECORD_TYPE_OBJECTS = ['Account', 'Campaign', 'Case', 'Contact', 'Lead', 'Opportunity'];

const READ_ONLY = { createable: false, updateable: false, permissionable: false };
const REQUIRED = { nillable: false, permissionable: false };
const SETUP_FLAGS: Partial<SObjectFlags> = {
  feedEnabled: false,
  layoutable: false,
  mruEnabled: false,
  triggerable: false,
  undeletable: false,
};
const SETUP_DETAILS = { compactLayoutable: false, searchLayoutable: false };

export function groupObject(): SObjectSchema {
  return defineObject({
    name: 'Group',
    keyPrefix: '00G',
    label: 'Group',
    labelPlural: 'Group',
    flags: SETUP_FLAGS,
    details: SETUP_DETAILS,
    urlKeys: SETUP_URL_KEYS,
    fields: [
      idField('Group ID'),
      textField('Name', 'Name', 40, { ...REQUIRED, nameField: true }),
      textField('DeveloperName', 'Developer Name', 80, { permissionable: false }),
      picklistField('Type', 'Type', GROUP_TYPES, {
        ...REQUIRED,
        updateable: false,
        restrictedPicklist: true,
      }),
      emailField('Email', 'Email'),
      referenceField('OwnerId', 'Owner ID', ['Organization', 'User'], 'Owner', {
        defaultedOnCreate: true,
        nillable: false,
        permissionable: false,
        searchPrefilterable: false,
      }),
      booleanField('DoesSendEmailToMembers', 'Send Email to Members', { permissionable: false }),
      booleanField('DoesIncludeBosses', 'Include Bosses', { permissionable: false }),
      ...auditFields(),
    ],
  });
}

export function organizationObject(): SObjectSchema {
  return defineObject({
    name: 'Organization',
    keyPrefix: '00D',
    label: 'Organization',
    labelPlural: 'Organizations',
    flags: { ...SETUP_FLAGS, createable: false, deletable: false, searchable: false },
    details: SETUP_DETAILS,
    urlKeys: SETUP_URL_KEYS,
    fields: [
      idField('Organization ID'),
      textField('Name', 'Name', 80, { ...REQUIRED, nameField: true }),
      textField('Division', 'Division', 80),
      ...addressFields(''),
      phoneField('Phone', 'Phone'),
      phoneField('Fax', 'Fax'),
      textField('PrimaryContact', 'Primary Contact', 80),
      picklistField('DefaultLocaleSidKey', 'Locale', LOCALES, REQUIRED),
      picklistField('TimeZoneSidKey', 'Time Zone', TIME_ZONES, REQUIRED),
      picklistField('LanguageLocaleKey', 'Language', LANGUAGES, REQUIRED),
      intField('FiscalYearStartMonth', 'Fiscal Year Starts In', 9, READ_ONLY),
      picklistField('OrganizationType', 'Edition', ORGANIZATION_TYPES, READ_ONLY),
      textField('InstanceName', 'Instance Name', 20, READ_ONLY),
      booleanField('IsSandbox', 'Is Sandbox', READ_ONLY),
      booleanField('IsReadOnly', 'Is Read Only', READ_ONLY),
      textField('NamespacePrefix', 'Namespace Prefix', 15, READ_ONLY),
      datetimeField('TrialExpirationDate', 'Trial Expiration Date', READ_ONLY),
      ...auditFields(),
    ],
  });
}

export function recordTypeObject(): SObjectSchema {
  return defineObject({
    name: 'RecordType',
    keyPrefix: '012',
    label: 'Record Type',
    labelPlural: 'Record Types',
    flags: { ...SETUP_FLAGS, deletable: false, mruEnabled: true },
    details: SETUP_DETAILS,
    urlKeys: SETUP_URL_KEYS,
    fields: [
      idField('Record Type ID'),
      // idLookup so that `RecordType.Name` works as a relationship column (salesforce-api.md §2).
      textField('Name', 'Name', 80, { ...REQUIRED, nameField: true, idLookup: true }),
      textField('DeveloperName', 'Record Type Name', 80, REQUIRED),
      textField('NamespacePrefix', 'Namespace Prefix', 15, READ_ONLY),
      textField('Description', 'Description', 255),
      picklistField('SobjectType', 'SObject Type Name', RECORD_TYPE_OBJECTS, {
        ...REQUIRED,
        updateable: false,
        restrictedPicklist: true,
      }),
      booleanField('IsActive', 'Active', { permissionable: false }),
      booleanField('IsPersonType', 'Is Person Type', READ_ONLY),
      ...auditFields(),
    ],
  });
}

/** The permission fields the console checks (design.md §1 Connect: org readiness). */
export const USER_PERMISSION_FIELDS = {
  apiEnabled: 'PermissionsApiEnabled',
  bulkApiHardDelete: 'PermissionsBulkApiHardDelete',
  modifyAllData: 'PermissionsModifyAllData',
  viewAllData: 'PermissionsViewAllData',
} as const;

export function userPermissionAccessObject(): SObjectSchema {
  return defineObject({
    name: 'UserPermissionAccess',
    keyPrefix: '0up',
    label: 'User Permission Access',
    labelPlural: 'User Permission Access',
    flags: {
      ...SETUP_FLAGS,
      createable: false,
      deletable: false,
      replicateable: false,
      retrieveable: false,
      searchable: false,
      updateable: false,
    },
    details: SETUP_DETAILS,
    urlKeys: SETUP_URL_KEYS,
    fields: [
      idField('User Permission Access ID'),
      booleanField(USER_PERMISSION_FIELDS.apiEnabled, 'API Enabled', READ_ONLY),
      booleanField(USER_PERMISSION_FIELDS.bulkApiHardDelete, 'Bulk API Hard Delete', READ_ONLY),
      booleanField(USER_PERMISSION_FIELDS.modifyAllData, 'Modify All Data', READ_ONLY),
      booleanField(USER_PERMISSION_FIELDS.viewAllData, 'View All Data', READ_ONLY),
      datetimeField('LastCacheUpdate', 'Last Cache Update', READ_ONLY),
    ],
  });
}
