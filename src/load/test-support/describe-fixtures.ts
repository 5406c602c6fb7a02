/**
 * Describes for tests: the real Contact and Account captures, plus the custom fields an admin
 * adds for loading (the captures have no External ID fields), and small User/Group describes.
 */
import type { FieldDescribe, SObjectDescribe } from '../describe-types';
import {
  loadSharedDescribe,
  makeField,
  SHARED_DATA_MISSING_REASON,
  withFields,
} from './shared-salesforce-data';

export { SHARED_DATA_MISSING_REASON };

export const externalIdField = (
  name: string,
  overrides: Partial<FieldDescribe> = {},
): FieldDescribe =>
  makeField({
    name,
    label: name.replace(/__c$/, '').replace(/_/g, ' '),
    length: 80,
    externalId: true,
    unique: true,
    ...overrides,
  });

function objectDescribe(name: string, fields: FieldDescribe[]): SObjectDescribe {
  return {
    name,
    label: name,
    keyPrefix: null,
    createable: true,
    updateable: true,
    deletable: true,
    fields,
    recordTypeInfos: [],
  };
}

export function accountDescribe(): SObjectDescribe {
  return withFields(loadSharedDescribe('Account'), [
    externalIdField('External_Id__c', { label: 'External ID' }),
  ]);
}

export function contactDescribe(options: { ownerReferenceTo?: string[] } = {}): SObjectDescribe {
  const base = loadSharedDescribe('Contact');
  const fields = base.fields.map((f) =>
    f.name === 'OwnerId' && options.ownerReferenceTo
      ? {
          ...f,
          referenceTo: options.ownerReferenceTo,
          polymorphicForeignKey: options.ownerReferenceTo.length > 1,
        }
      : f,
  );
  return withFields({ ...base, fields }, [
    externalIdField('External_Id__c', { label: 'External ID' }),
    makeField({
      name: 'Mother__c',
      label: 'Mother',
      type: 'reference',
      length: 18,
      referenceTo: ['Contact'],
      relationshipName: 'Mother__r',
    }),
    makeField({ name: 'Legacy_Code__c', label: 'Code in the old CRM', length: 20 }),
    makeField({
      name: 'Shoe_Size__c',
      label: 'Shoe Size',
      type: 'double',
      length: 0,
      precision: 4,
      scale: 1,
    }),
    makeField({
      name: 'Region__c',
      label: 'Region',
      type: 'picklist',
      restrictedPicklist: true,
      picklistValues: [{ value: 'EMEA', label: 'EMEA', active: true }],
    }),
  ]);
}

export function userDescribe(): SObjectDescribe {
  return objectDescribe('User', [
    makeField({
      name: 'Id',
      type: 'id',
      idLookup: true,
      createable: false,
      updateable: false,
      nillable: false,
      defaultedOnCreate: true,
    }),
    makeField({ name: 'Username', idLookup: true, unique: true, nillable: false }),
    makeField({ name: 'Email', type: 'email' }),
    externalIdField('Employee_Number__c'),
  ]);
}

export function groupDescribe(): SObjectDescribe {
  return objectDescribe('Group', [
    makeField({
      name: 'Id',
      type: 'id',
      idLookup: true,
      createable: false,
      updateable: false,
      nillable: false,
      defaultedOnCreate: true,
    }),
    makeField({ name: 'DeveloperName', idLookup: true }),
  ]);
}

export function parentDescribes(): ReadonlyMap<string, SObjectDescribe> {
  return new Map([
    ['Account', accountDescribe()],
    ['Contact', contactDescribe()],
    ['User', userDescribe()],
    ['Group', groupDescribe()],
  ]);
}
