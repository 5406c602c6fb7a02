/**
 * Field groups that many standard objects share, as the real Account and Contact describes show
 * them: system and audit fields, owner, compound addresses and person names, Data.com fields.
 */
import {
  addressField,
  booleanField,
  dateField,
  datetimeField,
  doubleField,
  picklistField,
  referenceField,
  textareaField,
  textField,
} from './field-builders';
import type { PicklistSpec } from './field-builders';
import type { DescribeField } from './types';

const READ_ONLY = { createable: false, updateable: false, permissionable: false } as const;
const SYSTEM_SET = { ...READ_ONLY, nillable: false, defaultedOnCreate: true } as const;

export const GEOCODE_ACCURACY: readonly PicklistSpec[] = [
  'Address',
  ['NearAddress', 'Near Address'],
  'Block',
  'Street',
  ['ExtendedZip', 'Extended Zip'],
  'Zip',
  'Neighborhood',
  'City',
  'County',
  'State',
  'Unknown',
];

/** The same values labelled with their API names, as the captured Contact describe has them. */
export const GEOCODE_ACCURACY_API_LABELS: readonly PicklistSpec[] = GEOCODE_ACCURACY.map((spec) =>
  typeof spec === 'string' ? spec : spec[0],
);

export const CLEAN_STATUS: readonly PicklistSpec[] = [
  ['Matched', 'In Sync'],
  'Different',
  ['Acknowledged', 'Reviewed'],
  ['NotFound', 'Not Found'],
  'Inactive',
  ['Pending', 'Not Compared'],
  ['SelectMatch', 'Select Match'],
  'Skipped',
];

export const LEAD_SOURCE: readonly PicklistSpec[] = [
  'Web',
  'Phone Inquiry',
  'Partner Referral',
  'Purchased List',
  'Other',
];

export const SALUTATION: readonly PicklistSpec[] = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'];

export const INDUSTRY: readonly PicklistSpec[] = [
  'Agriculture',
  'Apparel',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Communications',
  'Construction',
  'Consulting',
  'Education',
  'Electronics',
  'Energy',
  'Engineering',
  'Entertainment',
  'Environmental',
  'Finance',
  'Food & Beverage',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Machinery',
  'Manufacturing',
  'Media',
  'Not For Profit',
  'Recreation',
  'Retail',
  'Shipping',
  'Technology',
  'Telecommunications',
  'Transportation',
  'Utilities',
  'Other',
];

export const RATING: readonly PicklistSpec[] = ['Hot', 'Warm', 'Cold'];

export function isDeletedField(): DescribeField {
  return booleanField('IsDeleted', 'Deleted', READ_ONLY);
}

export function masterRecordField(objectName: string): DescribeField {
  return referenceField('MasterRecordId', 'Master Record ID', [objectName], 'MasterRecord', {
    ...READ_ONLY,
    searchPrefilterable: false,
  });
}

/** `OwnerId`: `['User']`, or `['Group', 'User']` where queues can own records (polymorphic). */
export function ownerField(referenceTo: readonly string[] = ['User']): DescribeField {
  return referenceField('OwnerId', 'Owner ID', referenceTo, 'Owner', {
    defaultedOnCreate: true,
    nillable: false,
    permissionable: false,
    searchPrefilterable: false,
  });
}

/** CreatedDate … SystemModstamp, in describe's order; every object has them. */
export function auditFields(): DescribeField[] {
  const byUser = (name: string, label: string, relationshipName: string) =>
    referenceField(name, label, ['User'], relationshipName, {
      ...SYSTEM_SET,
      searchPrefilterable: false,
    });
  return [
    datetimeField('CreatedDate', 'Created Date', SYSTEM_SET),
    byUser('CreatedById', 'Created By ID', 'CreatedBy'),
    datetimeField('LastModifiedDate', 'Last Modified Date', SYSTEM_SET),
    byUser('LastModifiedById', 'Last Modified By ID', 'LastModifiedBy'),
    datetimeField('SystemModstamp', 'System Modstamp', SYSTEM_SET),
  ];
}

export function lastActivityField(): DescribeField {
  return dateField('LastActivityDate', 'Last Activity', READ_ONLY);
}

export function lastViewedFields(): DescribeField[] {
  return [
    datetimeField('LastViewedDate', 'Last Viewed Date', READ_ONLY),
    datetimeField('LastReferencedDate', 'Last Referenced Date', READ_ONLY),
  ];
}

/**
 * Street … GeocodeAccuracy and the compound `<prefix>Address`, e.g. `Billing` on Account.
 * Geocode accuracy labels differ between the two captured orgs, so they are a parameter.
 */
export function addressFields(
  prefix: string,
  geocodeAccuracy: readonly PicklistSpec[] = GEOCODE_ACCURACY,
): DescribeField[] {
  const compound = { compoundFieldName: `${prefix}Address` };
  const label = (text: string) => (prefix === '' ? text : `${prefix} ${text}`);
  return [
    textareaField(`${prefix}Street`, label('Street'), 255, compound),
    textField(`${prefix}City`, label('City'), 40, compound),
    textField(`${prefix}State`, label('State/Province'), 80, compound),
    textField(`${prefix}PostalCode`, label('Zip/Postal Code'), 20, compound),
    textField(`${prefix}Country`, label('Country'), 80, compound),
    doubleField(`${prefix}Latitude`, label('Latitude'), 18, 15, compound),
    doubleField(`${prefix}Longitude`, label('Longitude'), 18, 15, compound),
    picklistField(`${prefix}GeocodeAccuracy`, label('Geocode Accuracy'), geocodeAccuracy, {
      ...compound,
      restrictedPicklist: true,
    }),
    addressField(`${prefix}Address`, label('Address')),
  ];
}

/** LastName, FirstName, Salutation and the read-only compound Name of a person (Contact, Lead). */
export function personNameFields(): DescribeField[] {
  const part = { compoundFieldName: 'Name', extraTypeInfo: 'personname', permissionable: false };
  return [
    textField('LastName', 'Last Name', 80, { ...part, nillable: false }),
    textField('FirstName', 'First Name', 40, part),
    picklistField('Salutation', 'Salutation', SALUTATION, part),
    textField('Name', 'Full Name', 121, {
      ...READ_ONLY,
      extraTypeInfo: 'personname',
      nameField: true,
      nillable: false,
    }),
  ];
}

export function photoUrlField(): DescribeField {
  return textField('PhotoUrl', 'Photo URL', 255, {
    ...READ_ONLY,
    type: 'url',
    extraTypeInfo: 'imageurl',
  });
}

export function jigsawFields(
  idName: string,
  idLabel: string,
  idRelationship: string,
): DescribeField[] {
  return [
    textField('Jigsaw', 'Data.com Key', 20),
    textField(idName, idLabel, 20, { ...READ_ONLY, relationshipName: idRelationship }),
  ];
}

export function cleanStatusField(): DescribeField {
  return picklistField('CleanStatus', 'Clean Status', CLEAN_STATUS, { restrictedPicklist: true });
}

/** A custom text External ID as an admin adds it (design.md §1 Map: upsert keys). */
export function externalIdField(
  name: string,
  label: string,
  length: number,
  o = {},
): DescribeField {
  return textField(name, label, length, {
    custom: true,
    externalId: true,
    idLookup: true,
    unique: true,
    ...o,
  });
}

/** Present on objects that have record types (Account, Opportunity, Case in the demo org). */
export function recordTypeIdField(objectLabel: string): DescribeField {
  return referenceField(
    'RecordTypeId',
    `${objectLabel} Record Type ID`,
    ['RecordType'],
    'RecordType',
    {
      permissionable: false,
      searchPrefilterable: false,
    },
  );
}
