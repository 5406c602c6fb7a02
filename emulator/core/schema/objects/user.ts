/**
 * User and Profile: what sign-in, the console's header and SOQL read (`Username`, `Name`,
 * `TimeZoneSidKey`, `Profile.Name`). `Username` is unique and an idLookup field, which is what
 * makes `User:Owner.Username` relationship columns work (salesforce-api.md §2).
 */
import {
  booleanField,
  datetimeField,
  emailField,
  idField,
  phoneField,
  picklistField,
  referenceField,
  textField,
} from '../field-builders';
import type { PicklistSpec } from '../field-builders';
import { LANGUAGES, LOCALES, EMAIL_ENCODINGS, TIME_ZONES } from '../locale-picklists';
import { defineObject, SETUP_URL_KEYS } from '../object-builder';
import { addressFields, auditFields, lastViewedFields } from '../standard-fields';
import type { SObjectSchema } from '../types';

export const USER_TYPES: readonly PicklistSpec[] = [
  ['Standard', 'Standard'],
  ['PowerPartner', 'Partner'],
  ['CspLitePortal', 'High Volume Portal'],
  ['CustomerSuccess', 'Customer Portal User'],
  ['PowerCustomerSuccess', 'Customer Portal Manager'],
  ['CsnOnly', 'Chatter Free User'],
  ['Guest', 'Guest'],
];

const READ_ONLY = { createable: false, updateable: false, permissionable: false };
const REQUIRED = { nillable: false, permissionable: false };
const RESTRICTED_REQUIRED = { ...REQUIRED, restrictedPicklist: true };

export function userObject(): SObjectSchema {
  return defineObject({
    name: 'User',
    keyPrefix: '005',
    label: 'User',
    labelPlural: 'Users',
    flags: { deletable: false, undeletable: false },
    urlKeys: [
      'compactLayouts',
      'rowTemplate',
      'uiDetailTemplate',
      'uiEditTemplate',
      'namedLayouts',
      'passwordUtilities',
      'describe',
      'uiNewRecord',
      'quickActions',
      'layouts',
      'sobject',
    ],
    fields: [
      idField('User ID'),
      textField('Username', 'Username', 80, { ...REQUIRED, idLookup: true, unique: true }),
      textField('LastName', 'Last Name', 80, { ...REQUIRED, compoundFieldName: 'Name' }),
      textField('FirstName', 'First Name', 40, {
        compoundFieldName: 'Name',
        permissionable: false,
      }),
      textField('Name', 'Full Name', 121, { ...READ_ONLY, nameField: true, nillable: false }),
      textField('CompanyName', 'Company Name', 80),
      textField('Division', 'Division', 80),
      textField('Department', 'Department', 80),
      textField('Title', 'Title', 80),
      ...addressFields(''),
      emailField('Email', 'Email', REQUIRED),
      phoneField('Phone', 'Phone'),
      phoneField('MobilePhone', 'Mobile'),
      textField('Alias', 'Alias', 8, REQUIRED),
      textField('CommunityNickname', 'Nickname', 40, { ...REQUIRED, unique: true }),
      booleanField('IsActive', 'Active', { defaultValue: true, permissionable: false }),
      picklistField('TimeZoneSidKey', 'Time Zone', TIME_ZONES, RESTRICTED_REQUIRED),
      picklistField('LocaleSidKey', 'Locale', LOCALES, RESTRICTED_REQUIRED),
      picklistField('EmailEncodingKey', 'Email Encoding', EMAIL_ENCODINGS, RESTRICTED_REQUIRED),
      referenceField('ProfileId', 'Profile ID', ['Profile'], 'Profile', {
        ...REQUIRED,
        searchPrefilterable: false,
      }),
      picklistField('UserType', 'User Type', USER_TYPES, { ...READ_ONLY, defaultedOnCreate: true }),
      picklistField('LanguageLocaleKey', 'Language', LANGUAGES, RESTRICTED_REQUIRED),
      textField('EmployeeNumber', 'Employee Number', 20),
      referenceField('ManagerId', 'Manager ID', ['User'], 'Manager'),
      datetimeField('LastLoginDate', 'Last Login', READ_ONLY),
      ...auditFields(),
      referenceField('ContactId', 'Contact ID', ['Contact'], 'Contact', { updateable: false }),
      referenceField('AccountId', 'Account ID', ['Account'], 'Account', READ_ONLY),
      textField('FederationIdentifier', 'SAML Federation ID', 512),
      ...lastViewedFields(),
    ],
  });
}

export function profileObject(): SObjectSchema {
  return defineObject({
    name: 'Profile',
    keyPrefix: '00e',
    label: 'Profile',
    labelPlural: 'Profiles',
    flags: {
      createable: false,
      feedEnabled: false,
      layoutable: false,
      triggerable: false,
      undeletable: false,
    },
    details: { compactLayoutable: false, searchLayoutable: false },
    urlKeys: SETUP_URL_KEYS,
    fields: [
      idField('Profile ID'),
      textField('Name', 'Name', 255, { ...REQUIRED, nameField: true }),
      picklistField('UserType', 'User License', USER_TYPES, READ_ONLY),
      textField('Description', 'Description', 255),
      ...auditFields(),
      ...lastViewedFields(),
    ],
  });
}
