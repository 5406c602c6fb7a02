/**
 * The bodies of `GET /services/data/vXX.X/sobjects/` (global describe, salesforce-api.md §4.3)
 * and `GET …/sobjects/{Object}/describe` (§4.4), with exactly the keys a real org sends
 * (global-describe.json, account-describe.json), URLs written for the requested version.
 */
import type { OrgSchema } from '../contracts';
import { BUSINESS_URL_KEYS } from './object-builder';
import type {
  ChildRelationship,
  DescribeField,
  RecordTypeInfo,
  SObjectSchema,
  SObjectUrlKey,
  SupportedScope,
} from './types';

/** The demo org's public URL by default (design.md §6); the HTTP layer passes its own. */
export const DEFAULT_INSTANCE_URL = 'http://localhost:4455';

/** The `ui*` URLs need the instance host, so only sObject describe carries them. */
const UI_URL_KEYS: ReadonlySet<SObjectUrlKey> = new Set<SObjectUrlKey>([
  'uiDetailTemplate',
  'uiEditTemplate',
  'uiNewRecord',
]);

export interface GlobalDescribeSObject {
  activateable: boolean;
  associateEntityType: string | null;
  associateParentEntity: string | null;
  createable: boolean;
  custom: boolean;
  customSetting: boolean;
  deepCloneable: boolean;
  deletable: boolean;
  deprecatedAndHidden: boolean;
  feedEnabled: boolean;
  hasSubtypes: boolean;
  isInterface: boolean;
  isSubtype: boolean;
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
  urls: Record<string, string>;
}

export interface GlobalDescribeResponse {
  encoding: 'UTF-8';
  maxBatchSize: number;
  sobjects: GlobalDescribeSObject[];
}

export interface SObjectDescribeResponse extends GlobalDescribeSObject {
  actionOverrides: unknown[];
  childRelationships: ChildRelationship[];
  compactLayoutable: boolean;
  defaultImplementation: string | null;
  extendedBy: string | null;
  extendsInterfaces: string | null;
  fields: DescribeField[];
  implementedBy: string | null;
  implementsInterfaces: string | null;
  listviewable: boolean | null;
  lookupLayoutable: boolean | null;
  namedLayoutInfos: unknown[];
  networkScopeFieldName: string | null;
  recordTypeInfos: RecordTypeInfo[];
  searchLayoutable: boolean;
  sobjectDescribeOption: 'FULL';
  supportedScopes: SupportedScope[];
}

/** Global describe's `maxBatchSize` [DOC]. */
const MAX_BATCH_SIZE = 200;

/** `62.0` (or `v62.0`, tolerated) → the `/services/data/v62.0` prefix. */
function dataPath(version: string): string {
  return `/services/data/v${version.replace(/^v/, '')}`;
}

function objectUrls(
  object: SObjectSchema,
  version: string,
  instanceUrl: string | undefined,
): Record<string, string> {
  const base = `${dataPath(version)}/sobjects/${object.name}`;
  const host = instanceUrl?.replace(/\/+$/, '');
  const urls: Record<string, string> = {};
  for (const key of object.urlKeys ?? BUSINESS_URL_KEYS) {
    if (UI_URL_KEYS.has(key) && host === undefined) continue;
    urls[key] = objectUrl(key, base, host ?? '', object.keyPrefix ?? '');
  }
  return urls;
}

function objectUrl(key: SObjectUrlKey, base: string, host: string, keyPrefix: string): string {
  switch (key) {
    case 'compactLayouts':
      return `${base}/describe/compactLayouts`;
    case 'rowTemplate':
      return `${base}/{ID}`;
    case 'approvalLayouts':
      return `${base}/describe/approvalLayouts`;
    case 'caseArticleSuggestions':
      return `${base}/suggestedArticles`;
    case 'caseRowArticleSuggestions':
      return `${base}/{ID}/suggestedArticles`;
    case 'uiDetailTemplate':
      return `${host}/{ID}`;
    case 'uiEditTemplate':
      return `${host}/{ID}/e`;
    case 'listviews':
      return `${base}/listviews`;
    case 'describe':
      return `${base}/describe`;
    case 'uiNewRecord':
      return `${host}/${keyPrefix}/e`;
    case 'quickActions':
      return `${base}/quickActions`;
    case 'namedLayouts':
      return `${base}/describe/namedLayouts/{LayoutName}`;
    case 'passwordUtilities':
      return `${base}/{ID}/password`;
    case 'layouts':
      return `${base}/describe/layouts`;
    case 'sobject':
      return base;
  }
}

function globalEntry(
  object: SObjectSchema,
  version: string,
  instanceUrl: string | undefined,
): GlobalDescribeSObject {
  return {
    activateable: object.activateable,
    associateEntityType: object.associateEntityType ?? null,
    associateParentEntity: object.associateParentEntity ?? null,
    createable: object.createable,
    custom: object.custom,
    customSetting: object.customSetting,
    deepCloneable: object.deepCloneable ?? false,
    deletable: object.deletable,
    deprecatedAndHidden: object.deprecatedAndHidden,
    feedEnabled: object.feedEnabled,
    hasSubtypes: object.hasSubtypes ?? false,
    isInterface: object.isInterface ?? false,
    isSubtype: object.isSubtype ?? false,
    keyPrefix: object.keyPrefix,
    label: object.label,
    labelPlural: object.labelPlural,
    layoutable: object.layoutable,
    mergeable: object.mergeable,
    mruEnabled: object.mruEnabled,
    name: object.name,
    queryable: object.queryable,
    replicateable: object.replicateable,
    retrieveable: object.retrieveable,
    searchable: object.searchable,
    triggerable: object.triggerable,
    undeletable: object.undeletable,
    updateable: object.updateable,
    urls: objectUrls(object, version, instanceUrl),
  };
}

export function globalDescribeResponse(schema: OrgSchema, version: string): GlobalDescribeResponse {
  return {
    encoding: 'UTF-8',
    maxBatchSize: MAX_BATCH_SIZE,
    sobjects: schema.objects().map((object) => globalEntry(object, version, undefined)),
  };
}

export function sobjectDescribeResponse(
  object: SObjectSchema,
  version: string,
  instanceUrl: string = DEFAULT_INSTANCE_URL,
): SObjectDescribeResponse {
  const { urls, ...flags } = globalEntry(object, version, instanceUrl);
  const layouts = `${dataPath(version)}/sobjects/${object.name}/describe/layouts`;
  return {
    ...flags,
    actionOverrides: [],
    childRelationships: object.childRelationships,
    compactLayoutable: object.compactLayoutable ?? true,
    defaultImplementation: null,
    extendedBy: null,
    extendsInterfaces: null,
    fields: object.fields,
    implementedBy: null,
    implementsInterfaces: null,
    listviewable: object.listviewable ?? null,
    lookupLayoutable: object.lookupLayoutable ?? null,
    namedLayoutInfos: [],
    networkScopeFieldName: object.networkScopeFieldName ?? null,
    recordTypeInfos: object.recordTypeInfos.map((info) => ({
      ...info,
      urls: { layout: `${layouts}/${info.recordTypeId}` },
    })),
    searchLayoutable: object.searchLayoutable ?? true,
    sobjectDescribeOption: 'FULL',
    supportedScopes: object.supportedScopes ?? [{ label: 'All records', name: 'everything' }],
    urls,
  };
}
