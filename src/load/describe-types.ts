/**
 * The part of Salesforce's sObject describe that loading needs (salesforce-api.md §4.4).
 * Names and shapes are Salesforce's own, so a describe response can be used as it is.
 */

/** Describe's `type` values; unknown future types stay representable as strings. */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'reference'
  | 'datetime'
  | 'date'
  | 'time'
  | 'boolean'
  | 'picklist'
  | 'multipicklist'
  | 'combobox'
  | 'double'
  | 'currency'
  | 'percent'
  | 'int'
  | 'long'
  | 'email'
  | 'phone'
  | 'url'
  | 'address'
  | 'location'
  | 'encryptedstring'
  | 'base64'
  | 'anyType'
  | 'complexvalue';

export interface PicklistValue {
  value: string;
  label: string | null;
  active: boolean;
}

export interface FieldDescribe {
  name: string;
  label: string;
  type: FieldType;
  /** Characters for text fields; 0 for other types. */
  length: number;
  precision: number;
  scale: number;
  digits: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  defaultedOnCreate: boolean;
  externalId: boolean;
  idLookup: boolean;
  unique: boolean;
  caseSensitive: boolean;
  picklistValues: readonly PicklistValue[];
  restrictedPicklist: boolean;
  referenceTo: readonly string[];
  relationshipName: string | null;
  polymorphicForeignKey: boolean;
  calculated: boolean;
  autoNumber: boolean;
}

export interface RecordTypeInfo {
  name: string;
  developerName: string;
  recordTypeId: string;
  active: boolean;
  available: boolean;
  master: boolean;
  defaultRecordTypeMapping: boolean;
}

export interface SObjectDescribe {
  name: string;
  label: string;
  keyPrefix: string | null;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  fields: readonly FieldDescribe[];
  recordTypeInfos: readonly RecordTypeInfo[];
}

/** Field names are case-insensitive in Salesforce (salesforce-api.md §2), so lookups are too. */
export function findField(describe: SObjectDescribe, name: string): FieldDescribe | undefined {
  const wanted = name.toLowerCase();
  return describe.fields.find((field) => field.name.toLowerCase() === wanted);
}

/**
 * "Required on create" as describe can tell it: createable, not nillable and not filled in by the
 * system (salesforce-api.md §4.4). Validation rules and layouts are invisible to describe.
 */
export function isRequiredOnCreate(field: FieldDescribe): boolean {
  return field.createable && !field.nillable && !field.defaultedOnCreate;
}

/** Fields that can identify a parent record or an upsert key: External ID or idLookup (§4.4). */
export function isIndexedLookupField(field: FieldDescribe): boolean {
  return field.externalId || field.idLookup;
}
