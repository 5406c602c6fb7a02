/**
 * The demo org's record types. Fixed ids, because describe's `recordTypeInfos` (built with the
 * schema) and the RecordType records (seeded later) must agree. The ids use the demo org's fixed
 * pod (`5F`), which the id sequence never produces (ids.ts).
 */
import { toId18 } from '../ids';
import type { RecordTypeInfo } from './types';

/** Every object's Master record type has this id in every org. */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** The version the schema's stored URLs are written for; describe responses rewrite them. */
export const SCHEMA_API_VERSION = '62.0';

export interface RecordTypeDefinition {
  id: string;
  sobjectType: string;
  name: string;
  developerName: string;
  description: string;
  /** The default record type of the object for the demo users. */
  isDefault: boolean;
}

function recordTypeId(counter: number): string {
  return toId18(`0125F${String(counter).padStart(10, '0')}`);
}

export const RECORD_TYPES: readonly RecordTypeDefinition[] = [
  {
    id: recordTypeId(1),
    sobjectType: 'Account',
    name: 'Customer',
    developerName: 'Customer',
    description: 'Companies that buy from us',
    isDefault: true,
  },
  {
    id: recordTypeId(2),
    sobjectType: 'Account',
    name: 'Partner',
    developerName: 'Partner',
    description: 'Resellers and implementation partners',
    isDefault: false,
  },
  {
    id: recordTypeId(3),
    sobjectType: 'Opportunity',
    name: 'New Business',
    developerName: 'New_Business',
    description: 'First sale to an account',
    isDefault: true,
  },
  {
    id: recordTypeId(4),
    sobjectType: 'Opportunity',
    name: 'Renewal',
    developerName: 'Renewal',
    description: 'Renewal of an existing contract',
    isDefault: false,
  },
  {
    id: recordTypeId(5),
    sobjectType: 'Case',
    name: 'Support',
    developerName: 'Support',
    description: 'Customer support requests',
    isDefault: true,
  },
];

function layoutUrl(objectName: string, id: string): { layout: string } {
  return {
    layout: `/services/data/v${SCHEMA_API_VERSION}/sobjects/${objectName}/describe/layouts/${id}`,
  };
}

export function masterRecordTypeInfo(objectName: string, isDefault = true): RecordTypeInfo {
  return {
    active: true,
    available: true,
    defaultRecordTypeMapping: isDefault,
    developerName: 'Master',
    master: true,
    name: 'Master',
    recordTypeId: MASTER_RECORD_TYPE_ID,
    urls: layoutUrl(objectName, MASTER_RECORD_TYPE_ID),
  };
}

/** Master first, then the object's record types by name (the order describe shows). */
export function recordTypeInfos(objectName: string): RecordTypeInfo[] {
  const own = RECORD_TYPES.filter((rt) => rt.sobjectType === objectName).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return [
    masterRecordTypeInfo(objectName, own.length === 0),
    ...own.map((rt) => ({
      active: true,
      available: true,
      defaultRecordTypeMapping: rt.isDefault,
      developerName: rt.developerName,
      master: false,
      name: rt.name,
      recordTypeId: rt.id,
      urls: layoutUrl(objectName, rt.id),
    })),
  ];
}
