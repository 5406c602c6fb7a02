/**
 * Builds an SObjectSchema from a compact spec: the object-level flags of a typical standard
 * business object (as Account's real describe has them), overridden per object.
 */
import { masterRecordTypeInfo } from './record-types';
import type {
  AutoNumberFormat,
  DescribeField,
  SObjectFlags,
  SObjectSchema,
  SObjectUrlKey,
  SupportedScope,
} from './types';

/** `urls` of a business object's describe, in Salesforce's order (account-describe.json). */
export const BUSINESS_URL_KEYS: readonly SObjectUrlKey[] = [
  'compactLayouts',
  'rowTemplate',
  'approvalLayouts',
  'uiDetailTemplate',
  'uiEditTemplate',
  'listviews',
  'describe',
  'uiNewRecord',
  'quickActions',
  'layouts',
  'sobject',
];

/** `urls` of setup objects such as Group and Organization (global-describe.json). */
export const SETUP_URL_KEYS: readonly SObjectUrlKey[] = ['rowTemplate', 'describe', 'sobject'];

export interface ObjectSpec {
  name: string;
  keyPrefix: string | null;
  label: string;
  labelPlural: string;
  fields: DescribeField[];
  /** Object-level flags that differ from a standard business object's. */
  flags?: Partial<SObjectFlags>;
  /** Other describe keys that differ (compactLayoutable, deepCloneable, …). */
  details?: Partial<SObjectSchema>;
  supportedScopes?: SupportedScope[];
  urlKeys?: readonly SObjectUrlKey[];
  autoNumberFormats?: Record<string, AutoNumberFormat>;
}

/** "All accounts", "My accounts", … as Account and Contact list them. */
export function ownedScopes(pluralLower: string): SupportedScope[] {
  return [
    { label: `All ${pluralLower}`, name: 'everything' },
    { label: `My ${pluralLower}`, name: 'mine' },
    { label: 'Filter by scope', name: 'scopingRule' },
    { label: `My team's ${pluralLower}`, name: 'team' },
  ];
}

export function defineObject(spec: ObjectSpec): SObjectSchema {
  const flags: SObjectFlags = {
    activateable: false,
    createable: true,
    custom: false,
    customSetting: false,
    deletable: true,
    deprecatedAndHidden: false,
    feedEnabled: true,
    keyPrefix: spec.keyPrefix,
    label: spec.label,
    labelPlural: spec.labelPlural,
    layoutable: true,
    mergeable: false,
    mruEnabled: true,
    name: spec.name,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: true,
    triggerable: true,
    undeletable: true,
    updateable: true,
    ...spec.flags,
  };
  return {
    ...flags,
    associateEntityType: null,
    associateParentEntity: null,
    deepCloneable: false,
    hasSubtypes: false,
    isInterface: false,
    isSubtype: false,
    compactLayoutable: true,
    searchLayoutable: true,
    listviewable: null,
    lookupLayoutable: null,
    networkScopeFieldName: null,
    supportedScopes: spec.supportedScopes ?? [{ label: 'All records', name: 'everything' }],
    urlKeys: spec.urlKeys ?? BUSINESS_URL_KEYS,
    ...(spec.autoNumberFormats === undefined ? {} : { autoNumberFormats: spec.autoNumberFormats }),
    ...spec.details,
    fields: spec.fields,
    childRelationships: [],
    recordTypeInfos: [masterRecordTypeInfo(spec.name)],
  };
}
