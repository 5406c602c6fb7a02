/**
 * The demo org's schema: every object's describe, with case-insensitive lookups. Built fresh on
 * each call (about a millisecond), so an org reset never shares mutable describe data.
 */
import type { OrgSchema } from '../contracts';
import { attachChildRelationships } from './child-relationships';
import { accountObject } from './objects/account';
import { campaignMemberObject, campaignObject } from './objects/campaign';
import { caseObject } from './objects/case';
import { contactObject } from './objects/contact';
import { invoiceObject } from './objects/invoice';
import { leadObject } from './objects/lead';
import { opportunityObject } from './objects/opportunity';
import {
  groupObject,
  organizationObject,
  recordTypeObject,
  userPermissionAccessObject,
} from './objects/setup-objects';
import { profileObject, userObject } from './objects/user';
import { RECORD_TYPES, recordTypeInfos } from './record-types';
import type { DescribeField, SObjectSchema } from './types';

function buildObjects(): SObjectSchema[] {
  const objects = [
    accountObject(),
    campaignObject(),
    campaignMemberObject(),
    caseObject(),
    contactObject(),
    groupObject(),
    invoiceObject(),
    leadObject(),
    opportunityObject(),
    organizationObject(),
    profileObject(),
    recordTypeObject(),
    userObject(),
    userPermissionAccessObject(),
  ];
  const withRecordTypes = new Set(RECORD_TYPES.map((rt) => rt.sobjectType));
  for (const object of objects) {
    if (withRecordTypes.has(object.name)) object.recordTypeInfos = recordTypeInfos(object.name);
  }
  attachChildRelationships(objects);
  return objects.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function createOrgSchema(): OrgSchema {
  const objects: readonly SObjectSchema[] = buildObjects();
  const byName = new Map<string, SObjectSchema>();
  const byPrefix = new Map<string, SObjectSchema>();
  const fieldsByObject = new Map<string, Map<string, DescribeField>>();
  for (const object of objects) {
    const key = object.name.toLowerCase();
    byName.set(key, object);
    if (object.keyPrefix !== null) byPrefix.set(object.keyPrefix, object);
    fieldsByObject.set(
      key,
      new Map(object.fields.map((field) => [field.name.toLowerCase(), field])),
    );
  }
  return {
    getObject: (name) => byName.get(name.toLowerCase()),
    getField: (objectName, fieldName) =>
      fieldsByObject.get(objectName.toLowerCase())?.get(fieldName.toLowerCase()),
    getObjectByKeyPrefix: (prefix) => byPrefix.get(prefix),
    objects: () => objects,
  };
}
