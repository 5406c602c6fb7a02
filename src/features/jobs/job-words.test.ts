import { describe, expect, it } from 'vitest';
import { JOB_STATES } from '../../salesforce/bulk/ingest-types';
import {
  formatMilliseconds,
  formatSalesforceDate,
  operationWord,
  salesforceDateMs,
  stateExplanation,
  succeededCount,
} from './job-words';

describe('job words', () => {
  it('reads Salesforce dateTimes whose offset has no colon', () => {
    expect(salesforceDateMs('2024-09-10T13:12:38.000+0000')).toBe(
      Date.UTC(2024, 8, 10, 13, 12, 38),
    );
    expect(salesforceDateMs('2024-09-10T15:12:38.000+0200')).toBe(
      Date.UTC(2024, 8, 10, 13, 12, 38),
    );
    expect(salesforceDateMs('not a date')).toBeNaN();
  });

  it('shows an unreadable date as Salesforce wrote it', () => {
    expect(formatSalesforceDate('yesterday')).toBe('yesterday');
    expect(formatSalesforceDate('2024-09-10T13:12:38.000+0000', 'en-US')).toMatch(/2024/);
  });

  it('explains every state in its own words', () => {
    const texts = JOB_STATES.map(stateExplanation);
    expect(new Set(texts).size).toBe(JOB_STATES.length);
    expect(stateExplanation('Failed')).toMatch(/not rolled back/);
  });

  it.each([
    ['insert', 'Insert'],
    ['hardDelete', 'Hard delete'],
    ['consentImport', 'consentImport'],
  ])('says operation %s as %s', (operation, word) => {
    expect(operationWord(operation)).toBe(word);
  });

  it.each([
    [850, '850 ms'],
    [12_400, '12.4 s'],
    [185_000, '3 min 5 s'],
    [120_000, '2 min'],
  ])('says %d ms as %s', (ms, text) => {
    expect(formatMilliseconds(ms)).toBe(text);
  });

  it('counts successes as processed minus failed', () => {
    expect(succeededCount({ numberRecordsProcessed: 8, numberRecordsFailed: 1 })).toBe(7);
  });
});
