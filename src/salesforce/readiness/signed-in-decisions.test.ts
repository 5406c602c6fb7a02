import { describe, expect, it } from 'vitest';
import { limitChecks } from './limit-checks';
import { objectAccessCheck, type ObjectAccessFlags } from './object-access-check';
import { userPermissionChecks } from './user-permission-checks';

const ALL = {
  PermissionsApiEnabled: true,
  PermissionsBulkApiHardDelete: true,
  PermissionsModifyAllData: true,
  PermissionsViewAllData: true,
};
const statuses = (checks: { id: string; status: string }[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('userPermissionChecks', () => {
  it('passes a user with every permission', () => {
    expect(statuses(userPermissionChecks(ALL))).toEqual({
      'api-enabled': 'pass',
      'hard-delete': 'pass',
      'data-access': 'pass',
    });
  });

  it('warns about a missing Bulk API Hard Delete and names the permission to tick', () => {
    const [, hardDelete] = userPermissionChecks({ ...ALL, PermissionsBulkApiHardDelete: false });
    expect(hardDelete).toMatchObject({ id: 'hard-delete', status: 'warn' });
    expect(hardDelete?.fix).toMatch(
      /tick "Bulk API Hard Delete" in Setup → Users → Permission Sets/,
    );
  });

  it('fails a user without API Enabled', () => {
    const [api] = userPermissionChecks({ ...ALL, PermissionsApiEnabled: false });
    expect(api).toMatchObject({ status: 'fail' });
    expect(api?.fix).toMatch(/"API Enabled"/);
  });

  it('names which of Modify All Data and View All Data is missing', () => {
    const [, , data] = userPermissionChecks({ ...ALL, PermissionsModifyAllData: false });
    expect(data).toMatchObject({ status: 'warn' });
    expect(data?.detail).toMatch(/do not have Modify All Data:/);
  });

  it('reads an API_DISABLED_FOR_ORG refusal as API Enabled missing', () => {
    const checks = userPermissionChecks({
      errorCode: 'API_DISABLED_FOR_ORG',
      message: 'The REST API is not enabled for this Organization.',
    });
    expect(statuses(checks)).toEqual({
      'api-enabled': 'fail',
      'hard-delete': 'unknown',
      'data-access': 'unknown',
    });
  });

  it('marks every permission unknown when the query failed otherwise', () => {
    const checks = userPermissionChecks({
      errorCode: 'INVALID_TYPE',
      message: 'sObject type not supported',
    });
    expect(checks.every((c) => c.status === 'unknown' && c.detail.includes('INVALID_TYPE'))).toBe(
      true,
    );
  });
});

const object = (
  name: string,
  createable: boolean,
  updateable: boolean,
  deletable: boolean,
): ObjectAccessFlags => ({ name, label: name, createable, updateable, deletable });

describe('objectAccessCheck', () => {
  const objects = [
    object('Account', true, true, true),
    object('Contact', true, true, false),
    object('Log__c', false, false, false),
  ];

  it('summarises the objects the user may write to', () => {
    expect(objectAccessCheck(objects)).toMatchObject({
      status: 'pass',
      detail: 'You may create records in 2 objects, edit them in 2 and delete them in 1.',
    });
  });

  it('fails when the user may write to no object', () => {
    expect(objectAccessCheck([object('Log__c', false, false, false)]).status).toBe('fail');
  });

  it.each([
    ['Account', 'pass', undefined],
    ['contact', 'warn', /grant Delete on Contact/],
    ['Log__c', 'fail', /grant Create, Edit, Delete on Log__c/],
    ['Missing__c', 'fail', /Read, Create and Edit/],
  ])('checks the chosen object %s', (name, status, fix) => {
    const check = objectAccessCheck(objects, name);
    expect(check.status).toBe(status);
    if (fix) expect(check.fix).toMatch(fix);
  });

  it('is unknown when describe failed', () => {
    expect(objectAccessCheck({ errorCode: 'NO_ANSWER', message: 'no answer' }).status).toBe(
      'unknown',
    );
  });
});

describe('limitChecks', () => {
  const limits = (api: number, batches: number) => ({
    DailyApiRequests: { Max: 100_000, Remaining: api },
    DailyBulkApiBatches: { Max: 15_000, Remaining: batches },
  });

  it('passes plenty left and says how much', () => {
    const [api, batches] = limitChecks(limits(99_000, 15_000));
    expect(api).toMatchObject({
      status: 'pass',
      detail: '99,000 of 100,000 left today (DailyApiRequests).',
    });
    expect(batches?.status).toBe('pass');
  });

  it('warns when less than a tenth is left', () => {
    const [api] = limitChecks(limits(50, 15_000));
    expect(api).toMatchObject({
      status: 'warn',
      detail: 'Nearly spent: 50 of 100,000 left today (DailyApiRequests).',
    });
    expect(api?.fix).toMatch(/Setup → Company Information/);
  });

  it('fails when none is left', () => {
    expect(limitChecks(limits(1_000, 0))[1]?.status).toBe('fail');
  });

  it('is unknown when /limits was refused, and says which permission reads it', () => {
    const checks = limitChecks({ errorCode: 'INSUFFICIENT_ACCESS', message: 'no', status: 403 });
    expect(checks.map((c) => c.status)).toEqual(['unknown', 'unknown']);
    expect(checks[0]?.fix).toMatch(/View Setup and Configuration/);
  });
});
