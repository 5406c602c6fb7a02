/**
 * An Account upsert on an External ID, reconciled against the demo org: Salesforce echoes the
 * currency and number values re-rendered (`912260031` comes back `9.12260031E8`), some rows
 * update seeded records and some create new ones, a share of rows hit lock errors. Every row
 * must find its own result: the right record Id, created or updated as the org says.
 */
import { expect, it } from 'vitest';
import { freshDemoOrg } from '../../emulator/http/fresh-demo-org';
import type { LoadMapping } from '../load/column-mapping';
import { invariantHolds } from '../load/reconcile/reconcile-summary';
import { OUTCOME } from '../load/reconcile/row-outcomes';
import { demoOrgControl, signedInIngest } from '../salesforce/bulk/test-support/demo-org-ingest';
import { sfIdOf } from './results-download';
import { prepareInNode, reconcileInNode } from './test-support/node-results-session';
import { demoOrgDescribe, demoOrgKeyPrefixes } from './test-support/prepare-fixture';
import { openResultsOf, rawResults, runRound, scenarioRecipe } from './test-support/results-load';

const demo = freshDemoOrg({ pace: 'fast' });

const HEADER = ['Name', 'External Id', 'Revenue', 'Employees'];
const FIELDS = ['Name', 'External_Id__c', 'AnnualRevenue', 'NumberOfEmployees'];

function mapping(): LoadMapping {
  return {
    object: 'Account',
    operation: 'upsert',
    matchingField: 'External_Id__c',
    constants: [],
    columns: FIELDS.map((field, column) => ({
      column,
      header: HEADER[column] ?? field,
      mapping: { kind: 'field', field },
      blankPolicy: 'leave-unchanged',
    })),
  };
}

/** Rows 0–9 update seeded accounts (ACC-00001…), the rest create new ones. */
const rows = Array.from({ length: 30 }, (_, i) => [
  `Upsert ${i}`,
  i < 10 ? `ACC-${String(i + 1).padStart(5, '0')}` : `NEW-${i}`,
  i % 3 === 0 ? '912260031' : i % 3 === 1 ? '1234.5' : '100000000000',
  String(1000 + i),
]);

it('joins re-rendered values and upsert keys back to their rows, created and updated as the org says', async () => {
  const { ingest, services } = await signedInIngest(demo.url);
  const driver = {
    ingest,
    client: services.client,
    setFaults: async (rules: unknown[]) =>
      void (await demoOrgControl(demo.url, 'PUT', 'faults', { rules })),
    prepare: prepareInNode,
  };
  const file = new File([[HEADER, ...rows].map((r) => `${r.join(',')}\n`).join('')], 'a.csv');
  const recipe = scenarioRecipe({
    setup: {
      describe: demoOrgDescribe('Account'),
      mapping: mapping(),
      formats: [
        [2, { kind: 'number', decimalMark: '.' }],
        [3, { kind: 'number', decimalMark: '.' }],
      ],
      keyPrefixes: demoOrgKeyPrefixes(),
    },
    limits: {},
  });
  const round = await runRound(driver, file, recipe, [
    { faults: (jobId) => [{ kind: 'lock-rows', share: 0.3, jobId }] },
  ]);
  const jobId = round.jobs[0]?.jobId as string;
  const successes = await rawResults(ingest, jobId, 'successfulResults', 'Name');
  // The demo org re-renders numbers as Salesforce does: the join must see through it.
  const revenueAt = successes.header.indexOf('AnnualRevenue');
  expect([...successes.byName.values()].map((r) => r[revenueAt])).toContain('9.12260031E8');

  const rec = await reconcileInNode(file, [round], (id, kind) => openResultsOf(ingest, id, kind));
  expect(invariantHolds(rec.summary)).toBe(true);
  expect(rec.summary).toMatchObject({ unknown: 0, ambiguous: 0, unmatchedResults: 0 });
  expect(rec.summary.failed).toBeGreaterThan(0);

  const keys = rows.map((r) => `'${r[1]}'`).join(',');
  const { records } = await services.client.query<{ Id: string; External_Id__c: string }>(
    `SELECT Id, External_Id__c FROM Account WHERE External_Id__c IN (${keys})`,
  );
  const idOf = new Map(records.map((r) => [r.External_Id__c, r.Id]));
  const failures = await rawResults(ingest, jobId, 'failedResults', 'Name');
  rows.forEach((row, i) => {
    const name = row[0] as string;
    const where = `row ${i}`;
    if (successes.byName.has(name)) {
      expect(rec.outcomes.status[i], where).toBe(OUTCOME.succeeded);
      expect(sfIdOf(rec.outcomes, i), where).toBe(idOf.get(row[1] as string));
      expect(rec.outcomes.created[i], where).toBe(i < 10 ? 0 : 1);
    } else {
      expect(failures.byName.has(name), where).toBe(true);
      expect(rec.outcomes.status[i], where).toBe(OUTCOME.failed);
      expect(rec.outcomes.errors[rec.outcomes.errorOf[i] as number], where).toMatch(
        /^UNABLE_TO_LOCK_ROW:/,
      );
    }
  });
  expect(rec.summary.created).toBe(
    rows.filter((_, i) => i >= 10 && rec.outcomes.status[i] === OUTCOME.succeeded).length,
  );
});
