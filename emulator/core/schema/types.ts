/**
 * Describe shapes, as Salesforce returns them (salesforce-api.md §4.3–4.4).
 * The emulator's schema IS describe data: one source for describe responses, row rules and SOQL.
 */

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

export interface PicklistEntry {
  active: boolean;
  defaultValue: boolean;
  label: string | null;
  validFor: string | null;
  value: string;
}

/** One element of describe's `fields[]`, with every key a real describe has. */
export interface DescribeField {
  aggregatable: boolean;
  aiPredictionField: boolean;
  autoNumber: boolean;
  byteLength: number;
  calculated: boolean;
  calculatedFormula: string | null;
  cascadeDelete: boolean;
  caseSensitive: boolean;
  compoundFieldName: string | null;
  controllerName: string | null;
  createable: boolean;
  custom: boolean;
  defaultValue: unknown;
  defaultValueFormula: string | null;
  defaultedOnCreate: boolean;
  dependentPicklist: boolean;
  deprecatedAndHidden: boolean;
  digits: number;
  displayLocationInDecimal: boolean;
  encrypted: boolean;
  externalId: boolean;
  extraTypeInfo: string | null;
  filterable: boolean;
  filteredLookupInfo: unknown;
  formulaTreatNullNumberAsZero: boolean;
  groupable: boolean;
  highScaleNumber: boolean;
  htmlFormatted: boolean;
  idLookup: boolean;
  inlineHelpText: string | null;
  label: string;
  length: number;
  mask: string | null;
  maskType: string | null;
  name: string;
  nameField: boolean;
  namePointing: boolean;
  nillable: boolean;
  permissionable: boolean;
  picklistValues: PicklistEntry[];
  polymorphicForeignKey: boolean;
  precision: number;
  queryByDistance: boolean;
  referenceTargetField: string | null;
  referenceTo: string[];
  relationshipName: string | null;
  relationshipOrder: number | null;
  restrictedDelete: boolean;
  restrictedPicklist: boolean;
  scale: number;
  searchPrefilterable: boolean;
  soapType: string;
  sortable: boolean;
  type: FieldType;
  unique: boolean;
  updateable: boolean;
  writeRequiresMasterRead: boolean;
  /** Any further keys a real describe carries are kept as they are. */
  [extra: string]: unknown;
}

export interface ChildRelationship {
  cascadeDelete: boolean;
  childSObject: string;
  deprecatedAndHidden: boolean;
  field: string;
  junctionIdListNames: string[];
  junctionReferenceTo: string[];
  relationshipName: string | null;
  restrictedDelete: boolean;
}

export interface RecordTypeInfo {
  active: boolean;
  available: boolean;
  defaultRecordTypeMapping: boolean;
  developerName: string;
  master: boolean;
  name: string;
  recordTypeId: string;
  urls: { layout: string };
}

/** The object-level flags shared by global describe entries and sObject describe. */
export interface SObjectFlags {
  activateable: boolean;
  createable: boolean;
  custom: boolean;
  customSetting: boolean;
  deletable: boolean;
  deprecatedAndHidden: boolean;
  feedEnabled: boolean;
  keyPrefix: string | null;
  label: string;
  labelPlural: string;
  layoutable: boolean;
  mergeable: boolean;
  mruEnabled: boolean;
  name: string;
  queryable: boolean;
  replicateable: boolean;
  retrieveable: boolean;
  searchable: boolean;
  triggerable: boolean;
  undeletable: boolean;
  updateable: boolean;
  [extra: string]: unknown;
}

export interface SupportedScope {
  label: string;
  name: string;
}

/** The keys of describe's `urls`; global describe leaves out the `ui*` ones (they need a host). */
export type SObjectUrlKey =
  | 'compactLayouts'
  | 'rowTemplate'
  | 'approvalLayouts'
  | 'caseArticleSuggestions'
  | 'caseRowArticleSuggestions'
  | 'uiDetailTemplate'
  | 'uiEditTemplate'
  | 'listviews'
  | 'describe'
  | 'uiNewRecord'
  | 'quickActions'
  | 'namedLayouts'
  | 'passwordUtilities'
  | 'layouts'
  | 'sobject';

/** An auto-number field's display format (`INV-{00000}`) and first number; not in describe. */
export interface AutoNumberFormat {
  format: string;
  startingNumber: number;
}

/** What the emulator knows about one sObject; URLs are added per API version when served. */
export interface SObjectSchema extends SObjectFlags {
  fields: DescribeField[];
  childRelationships: ChildRelationship[];
  recordTypeInfos: RecordTypeInfo[];
  /*
   * Further describe keys (salesforce-api.md §4.3–4.4). Optional so a hand-made schema in a test
   * stays small; schema/describe-response.ts fills in Salesforce's usual values when absent.
   */
  associateEntityType?: string | null;
  associateParentEntity?: string | null;
  deepCloneable?: boolean;
  hasSubtypes?: boolean;
  isInterface?: boolean;
  isSubtype?: boolean;
  compactLayoutable?: boolean;
  searchLayoutable?: boolean;
  listviewable?: boolean | null;
  lookupLayoutable?: boolean | null;
  networkScopeFieldName?: string | null;
  supportedScopes?: SupportedScope[];
  /** Which `urls` the object's describe lists, in Salesforce's order. */
  urlKeys?: readonly SObjectUrlKey[];
  /** Auto-number fields by name (the record store numbers them on insert). */
  autoNumberFormats?: Readonly<Record<string, AutoNumberFormat>>;
}
