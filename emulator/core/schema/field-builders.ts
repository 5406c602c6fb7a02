/**
 * Compact builders for describe fields, one per field type. Each starts from what a plain,
 * editable standard field of that type looks like in a real describe (checked against the
 * captured Account and Contact describes, see describe-conformance.test.ts) and takes overrides.
 */
import { make, picklistEntries } from './field-base';
import type { FieldOverrides, PicklistSpec } from './field-base';
import type { DescribeField } from './types';

export type { FieldOverrides, PicklistSpec } from './field-base';

const ID_LENGTH = 18;
/** Long text areas (over 255 characters) cannot be filtered, grouped, sorted or aggregated. */
const SHORT_TEXTAREA_MAX = 255;

export function idField(label: string, overrides?: FieldOverrides): DescribeField {
  return make(
    {
      name: 'Id',
      label,
      type: 'id',
      soapType: 'tns:ID',
      length: ID_LENGTH,
      byteLength: ID_LENGTH,
      createable: false,
      updateable: false,
      nillable: false,
      defaultedOnCreate: true,
      idLookup: true,
      permissionable: false,
    },
    overrides,
  );
}

export function textField(name: string, label: string, length: number, o?: FieldOverrides) {
  return make({ name, label, type: 'string', length }, o);
}

export function textareaField(name: string, label: string, length: number, o?: FieldOverrides) {
  const long = length > SHORT_TEXTAREA_MAX;
  return make(
    {
      name,
      label,
      type: 'textarea',
      length,
      extraTypeInfo: 'plaintextarea',
      aggregatable: !long,
      filterable: !long,
      groupable: !long,
      sortable: !long,
    },
    o,
  );
}

export function emailField(name: string, label: string, o?: FieldOverrides) {
  return make({ name, label, type: 'email', length: 80 }, o);
}

export function phoneField(name: string, label: string, o?: FieldOverrides) {
  return make({ name, label, type: 'phone', length: 40 }, o);
}

export function urlField(name: string, label: string, o?: FieldOverrides) {
  return make({ name, label, type: 'url', length: 255 }, o);
}

/** A picklist; `defaultValue` marks the entry and sets describe's default as Salesforce does. */
export function picklistField(
  name: string,
  label: string,
  values: readonly PicklistSpec[],
  o: FieldOverrides & { default?: string } = {},
) {
  const { default: defaultValue, ...overrides } = o;
  const defaults: FieldOverrides =
    defaultValue === undefined ? {} : { defaultValue, defaultedOnCreate: true };
  return make(
    {
      name,
      label,
      type: 'picklist',
      length: 40,
      picklistValues: picklistEntries(values, defaultValue),
      ...defaults,
    },
    overrides,
  );
}

export function booleanField(name: string, label: string, o?: FieldOverrides) {
  return make(
    {
      name,
      label,
      type: 'boolean',
      soapType: 'xsd:boolean',
      aggregatable: false,
      defaultValue: false,
      defaultedOnCreate: true,
      nillable: false,
    },
    o,
  );
}

export function intField(name: string, label: string, digits: number, o?: FieldOverrides) {
  return make({ name, label, type: 'int', soapType: 'xsd:int', digits }, o);
}

type DecimalType = 'double' | 'currency' | 'percent';

function decimalField(
  type: DecimalType,
  name: string,
  label: string,
  precision: number,
  scale: number,
  o?: FieldOverrides,
) {
  return make({ name, label, type, soapType: 'xsd:double', precision, scale, groupable: false }, o);
}

export function doubleField(
  name: string,
  label: string,
  precision: number,
  scale: number,
  o?: FieldOverrides,
) {
  return decimalField('double', name, label, precision, scale, o);
}

export function currencyField(
  name: string,
  label: string,
  precision: number,
  scale: number,
  o?: FieldOverrides,
) {
  return decimalField('currency', name, label, precision, scale, o);
}

export function percentField(
  name: string,
  label: string,
  precision: number,
  scale: number,
  o?: FieldOverrides,
) {
  return decimalField('percent', name, label, precision, scale, o);
}

export function dateField(name: string, label: string, o?: FieldOverrides) {
  return make({ name, label, type: 'date', soapType: 'xsd:date' }, o);
}

export function datetimeField(name: string, label: string, o?: FieldOverrides) {
  return make({ name, label, type: 'datetime', soapType: 'xsd:dateTime', groupable: false }, o);
}

/** A lookup; several targets make it polymorphic (salesforce-api.md §2, relationship columns). */
export function referenceField(
  name: string,
  label: string,
  referenceTo: readonly string[],
  relationshipName: string,
  o?: FieldOverrides,
) {
  return make(
    {
      name,
      label,
      type: 'reference',
      soapType: 'tns:ID',
      length: ID_LENGTH,
      byteLength: ID_LENGTH,
      referenceTo: [...referenceTo],
      relationshipName,
      polymorphicForeignKey: referenceTo.length > 1,
      searchPrefilterable: true,
    },
    o,
  );
}

export function addressField(name: string, label: string, o?: FieldOverrides) {
  return make(
    {
      name,
      label,
      type: 'address',
      soapType: 'urn:address',
      aggregatable: false,
      groupable: false,
      sortable: false,
      createable: false,
      updateable: false,
      queryByDistance: true,
    },
    o,
  );
}
