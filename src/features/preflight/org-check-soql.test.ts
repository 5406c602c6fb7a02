import { describe, expect, it } from 'vitest';
import {
  childCountSoql,
  chunk,
  id15,
  isSoqlNumber,
  looksLikeSalesforceId,
  recordsByIdSoql,
  recordsByKeySoql,
  soqlInList,
  soqlString,
} from './org-check-soql';

describe('org check SOQL', () => {
  it('escapes quotes and backslashes in string literals', () => {
    expect(soqlString("O'Brien")).toBe("'O\\'Brien'");
    expect(soqlString('C:\\temp')).toBe("'C:\\\\temp'");
    expect(soqlString("\\'")).toBe("'\\\\\\''");
  });

  it('chunks keys 200 to a query, keeping every key once and in order', () => {
    const keys = Array.from({ length: 450 }, (_, i) => `K${i}`);
    const parts = chunk(keys);
    expect(parts.map((p) => p.length)).toEqual([200, 200, 50]);
    expect(parts.flat()).toEqual(keys);
    expect(chunk([])).toEqual([]);
    expect(() => chunk(keys, 0)).toThrow();
  });

  it('builds the queries', () => {
    expect(recordsByIdSoql('Account', ['001A', '001B'], 'Name')).toBe(
      "SELECT Id, Name FROM Account WHERE Id IN ('001A','001B')",
    );
    expect(recordsByIdSoql('Account', ['001A'], null)).toBe(
      "SELECT Id FROM Account WHERE Id IN ('001A')",
    );
    expect(recordsByKeySoql('Contact', 'External_Id__c', ["a'b"])).toBe(
      "SELECT Id, External_Id__c FROM Contact WHERE External_Id__c IN ('a\\'b')",
    );
    expect(recordsByKeySoql('Item__c', 'Number__c', ['12', '-3.5'], 'number')).toBe(
      'SELECT Id, Number__c FROM Item__c WHERE Number__c IN (12,-3.5)',
    );
    expect(childCountSoql('Contact', 'AccountId', ['001A'])).toBe(
      "SELECT COUNT() FROM Contact WHERE AccountId IN ('001A')",
    );
    expect(soqlInList(['x'])).toBe("IN ('x')");
  });

  it('recognises Ids and numbers SOQL accepts', () => {
    expect(looksLikeSalesforceId('001000000000001')).toBe(true);
    expect(looksLikeSalesforceId('001000000000001AAA')).toBe(true);
    expect(looksLikeSalesforceId('001000000000001A')).toBe(false);
    expect(looksLikeSalesforceId("001000000000' OR")).toBe(false);
    expect(id15('001000000000001AAA')).toBe('001000000000001');
    expect(isSoqlNumber('12.5')).toBe(true);
    expect(isSoqlNumber('1e5')).toBe(false);
    expect(isSoqlNumber('12) OR (1=1')).toBe(false);
  });
});
