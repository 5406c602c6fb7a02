/**
 * The blank describe field every builder starts from, and the one place that assembles a field
 * (base → type defaults → overrides, with describe's byteLength rule for text types).
 */
import type { DescribeField, FieldType, PicklistEntry } from './types';

export type FieldOverrides = Partial<DescribeField>;
/** A picklist value, or `[value, label]` when the label differs. */
export type PicklistSpec = string | readonly [value: string, label: string];

/** Text types store up to 3 bytes per character (describe's `byteLength` = 3 × `length`). */
const BYTES_PER_CHAR = 3;
const TEXT_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'string',
  'textarea',
  'picklist',
  'multipicklist',
  'combobox',
  'email',
  'phone',
  'url',
  'encryptedstring',
]);

/** Every key of a describe field, in describe's (alphabetical) order. */
const BASE: DescribeField = {
  aggregatable: true,
  aiPredictionField: false,
  autoNumber: false,
  byteLength: 0,
  calculated: false,
  calculatedFormula: null,
  cascadeDelete: false,
  caseSensitive: false,
  compoundFieldName: null,
  controllerName: null,
  createable: true,
  custom: false,
  defaultValue: null,
  defaultValueFormula: null,
  defaultedOnCreate: false,
  dependentPicklist: false,
  deprecatedAndHidden: false,
  digits: 0,
  displayLocationInDecimal: false,
  encrypted: false,
  externalId: false,
  extraTypeInfo: null,
  filterable: true,
  filteredLookupInfo: null,
  formulaTreatNullNumberAsZero: false,
  groupable: true,
  highScaleNumber: false,
  htmlFormatted: false,
  idLookup: false,
  inlineHelpText: null,
  label: '',
  length: 0,
  mask: null,
  maskType: null,
  name: '',
  nameField: false,
  namePointing: false,
  nillable: true,
  permissionable: true,
  picklistValues: [],
  polymorphicForeignKey: false,
  precision: 0,
  queryByDistance: false,
  referenceTargetField: null,
  referenceTo: [],
  relationshipName: null,
  relationshipOrder: null,
  restrictedDelete: false,
  restrictedPicklist: false,
  scale: 0,
  searchPrefilterable: false,
  soapType: 'xsd:string',
  sortable: true,
  type: 'string',
  unique: false,
  updateable: true,
  writeRequiresMasterRead: false,
};

/** A field from the base, the type's defaults and the caller's overrides (later wins). */
export function make(typeDefaults: FieldOverrides, overrides: FieldOverrides = {}): DescribeField {
  const field: DescribeField = { ...BASE, picklistValues: [], referenceTo: [] };
  Object.assign(field, typeDefaults, overrides);
  if (TEXT_TYPES.has(field.type) && overrides.byteLength === undefined) {
    field.byteLength = field.length * BYTES_PER_CHAR;
  }
  return field;
}

export function picklistEntries(values: readonly PicklistSpec[], defaultValue?: string) {
  return values.map((spec): PicklistEntry => {
    const [value, label] = typeof spec === 'string' ? [spec, spec] : spec;
    return { active: true, defaultValue: value === defaultValue, label, validFor: null, value };
  });
}
