import { describe, expect, it } from 'vitest';
import { globalDescribeResponse, sobjectDescribeResponse } from './describe-response';
import { createOrgSchema } from './org-schema';
import type { SObjectSchema } from './types';

const schema = createOrgSchema();

function object(name: string): SObjectSchema {
  const found = schema.getObject(name);
  if (found === undefined) throw new Error(`${name} missing`);
  return found;
}

describe('globalDescribeResponse', () => {
  const body = globalDescribeResponse(schema, '62.0');

  it('lists every object once, in schema order, with the batch size Salesforce announces', () => {
    expect(body.encoding).toBe('UTF-8');
    expect(body.maxBatchSize).toBe(200);
    expect(body.sobjects.map((o) => o.name)).toEqual(schema.objects().map((o) => o.name));
  });

  it('writes URLs for the requested version and leaves out the host-bound ui URLs', () => {
    const account = body.sobjects.find((o) => o.name === 'Account');
    expect(account?.urls).toEqual({
      compactLayouts: '/services/data/v62.0/sobjects/Account/describe/compactLayouts',
      rowTemplate: '/services/data/v62.0/sobjects/Account/{ID}',
      approvalLayouts: '/services/data/v62.0/sobjects/Account/describe/approvalLayouts',
      listviews: '/services/data/v62.0/sobjects/Account/listviews',
      describe: '/services/data/v62.0/sobjects/Account/describe',
      quickActions: '/services/data/v62.0/sobjects/Account/quickActions',
      layouts: '/services/data/v62.0/sobjects/Account/describe/layouts',
      sobject: '/services/data/v62.0/sobjects/Account',
    });
  });

  it('accepts a version written with its v', () => {
    const group = globalDescribeResponse(schema, 'v58.0').sobjects.find((o) => o.name === 'Group');
    expect(group?.urls.describe).toBe('/services/data/v58.0/sobjects/Group/describe');
  });

  it('survives a JSON round trip unchanged (plain data only)', () => {
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });
});

describe('sobjectDescribeResponse', () => {
  it('adds the ui URLs on the instance host', () => {
    const body = sobjectDescribeResponse(object('Contact'), '62.0', 'https://demo.example/');
    expect(body.urls.uiDetailTemplate).toBe('https://demo.example/{ID}');
    expect(body.urls.uiEditTemplate).toBe('https://demo.example/{ID}/e');
    expect(body.urls.uiNewRecord).toBe('https://demo.example/003/e');
    expect(body.urls.sobject).toBe('/services/data/v62.0/sobjects/Contact');
  });

  it('points record type layouts at the requested version without changing the schema', () => {
    const account = object('Account');
    const before = JSON.stringify(account.recordTypeInfos);
    const body = sobjectDescribeResponse(account, '60.0');
    for (const info of body.recordTypeInfos) {
      expect(info.urls.layout).toBe(
        `/services/data/v60.0/sobjects/Account/describe/layouts/${info.recordTypeId}`,
      );
    }
    expect(JSON.stringify(account.recordTypeInfos)).toBe(before);
  });

  it('carries the fields and child relationships of the schema', () => {
    const invoice = object('Invoice__c');
    const body = sobjectDescribeResponse(invoice, '62.0');
    expect(body.fields).toEqual(invoice.fields);
    expect(body.childRelationships).toEqual(invoice.childRelationships);
    expect(body).toMatchObject({
      name: 'Invoice__c',
      custom: true,
      keyPrefix: 'a01',
      sobjectDescribeOption: 'FULL',
    });
  });

  it('fills Salesforce usual values for a hand-made schema without the optional keys', () => {
    const minimal: SObjectSchema = {
      ...object('Group'),
      supportedScopes: undefined,
      urlKeys: undefined,
    };
    const body = sobjectDescribeResponse(minimal, '62.0');
    expect(body.supportedScopes).toEqual([{ label: 'All records', name: 'everything' }]);
    expect(body.urls.layouts).toBe('/services/data/v62.0/sobjects/Group/describe/layouts');
  });
});
