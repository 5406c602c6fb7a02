import { describe, expect, it } from 'vitest';
import { normalizeId } from '../ids';
import { createOrgSchema } from '../schema/org-schema';
import { resolveHeader } from './header-plan';
import type { IdRules } from './value-parsers';

const schema = createOrgSchema();
const ids: IdRules = {
  normalize: normalizeId,
  objectOfId: (id) => schema.getObjectByKeyPrefix(id.slice(0, 3))?.name,
};
const resolve = (object: string, headers: string[]) => resolveHeader(headers, object, schema, ids);

describe('resolveHeader', () => {
  it('matches field names case-insensitively and keeps the header as written', () => {
    const result = resolve('Contact', ['lastname', 'EMAIL', 'External_Id__c']);
    expect(result.ok && result.columns.map((c) => [c.header, c.field.name, c.column])).toEqual([
      ['lastname', 'LastName', 0],
      ['EMAIL', 'Email', 1],
      ['External_Id__c', 'External_Id__c', 2],
    ]);
  });

  it.each([
    ['Contact', 'Account.External_Id__c', 'AccountId', 'Account', 'External_Id__c'],
    ['Contact', 'account.id', 'AccountId', 'Account', 'Id'],
    ['Contact', 'ReportsTo.Email', 'ReportsToId', 'Contact', 'Email'],
    ['Invoice__c', 'Account__r.External_Id__c', 'Account__c', 'Account', 'External_Id__c'],
    ['Lead', 'User:Owner.Username', 'OwnerId', 'User', 'Username'],
    ['Case', 'Group:Owner.Id', 'OwnerId', 'Group', 'Id'],
  ])('reads the %s relationship column %s', (object, header, field, target, targetField) => {
    const result = resolve(object, [header]);
    expect(result.ok && result.columns[0]).toMatchObject({
      kind: 'relationship',
      field: { name: field },
      targetObject: target,
      targetField: { name: targetField },
    });
  });

  it.each([
    ['Contact', ['LastName', 'Shoe_Size__c'], 'InvalidBatch : Field name not found : Shoe_Size__c'],
    ['Contact', ['Account.Phone'], 'InvalidBatch : Field name not found : Account.Phone'],
    ['Contact', ['Nothing.Id'], 'InvalidBatch : Field name not found : Nothing.Id'],
    [
      'Contact',
      ['Account.Owner.Username'],
      'InvalidBatch : Field name not found : Account.Owner.Username',
    ],
    [
      'Contact',
      ['User:Owner.Username'],
      'InvalidBatch : type is not needed for non polymorphic foreign key references: Owner',
    ],
    ['Account', ['Parent:Account.Id'], 'InvalidBatch : Unable to find relationship: Account'],
    [
      'Lead',
      ['Owner.Username'],
      'InvalidBatch : type is required for polymorphic foreign key references: Owner',
    ],
    ['Lead', ['Account:Owner.Name'], 'InvalidBatch : Field name not found : Account:Owner.Name'],
    ['Contact', ['LastName', 'lastname'], 'InvalidBatch : Duplicate field name: lastname'],
    ['Contact', ['\ufeffLastName'], 'InvalidBatch : Field name not found : \ufeffLastName'],
  ])('fails a %s job with header %j', (object, headers, errorMessage) => {
    expect(resolve(object, headers)).toEqual({ ok: false, errorMessage });
  });
});
