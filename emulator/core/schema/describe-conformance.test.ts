/**
 * The demo org's describes against responses captured from real orgs (../shared/data/salesforce,
 * see its README; `FORKLIFT_SHARED_DIR` points elsewhere). The captures stay outside the repo,
 * so these tests read them from disk and skip, saying why, when they are not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { globalDescribeResponse, sobjectDescribeResponse } from './describe-response';
import { createOrgSchema } from './org-schema';
import type { DescribeField } from './types';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SHARED_DIR = process.env.FORKLIFT_SHARED_DIR ?? resolve(REPO_ROOT, '../shared');
const DATA_DIR = join(SHARED_DIR, 'data', 'salesforce');
// The captures are not part of the repo (their licences ask us not to copy them): without the
// shared directory beside the checkout there is nothing to compare against, so the tests skip.
const CAPTURES_MISSING = !existsSync(join(DATA_DIR, 'account-describe.json'));
const itWithCaptures = it.skipIf(CAPTURES_MISSING);

/** Fields the demo org's admin added to the standard objects; a fresh real org has none. */
const ADDED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // Record types exist on Account in the demo org, so it has RecordTypeId; the capture's org had none.
  Account: ['RecordTypeId', 'External_Id__c'],
  Contact: ['External_Id__c'],
};

type Json = Record<string, unknown>;

const captures = new Map<string, Json>();
/** Read when a test runs, never while collecting: collection must work without the captures. */
function capture(file: string): Json {
  const cached = captures.get(file);
  if (cached !== undefined) return cached;
  const parsed = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as Json;
  captures.set(file, parsed);
  return parsed;
}

/** The captures come from other API versions and hosts: compare URLs by shape. */
function withoutVersion(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value).replace(/\/services\/data\/v[^/]+\//g, '/services/data/vXX/'),
  );
}

function mismatches(real: Json, mine: Json, where: string): string[] {
  const keys = new Set([...Object.keys(real), ...Object.keys(mine)]);
  const found: string[] = [];
  for (const key of keys) {
    const a = JSON.stringify(real[key]);
    const b = JSON.stringify(mine[key]);
    if (a !== b) found.push(`${where}.${key}: real ${a}, demo org ${b ?? 'missing'}`);
  }
  return found;
}

describe(`describe conformance with the captures in ${DATA_DIR}`, () => {
  const schema = createOrgSchema();
  console.info(
    CAPTURES_MISSING
      ? `describe-conformance: skipped, no captures at ${DATA_DIR}`
      : `describe-conformance: comparing with real describes read from ${DATA_DIR}`,
  );

  describe.each([
    ['Account', 'account-describe.json'],
    ['Contact', 'contact-describe.json'],
  ])('%s', (objectName, file) => {
    const object = schema.getObject(objectName);
    if (object === undefined) throw new Error(`${objectName} missing from the schema`);
    const mine = sobjectDescribeResponse(object, '62.0') as unknown as Json;
    const added = new Set(ADDED_FIELDS[objectName]);
    const ownFields = object.fields.filter((field) => !added.has(field.name));
    const real = () => capture(file);
    const realFields = () => real().fields as DescribeField[];

    itWithCaptures(
      'lists the same fields in the same order, besides the ones the admin added',
      () => {
        expect(ownFields.map((f) => f.name)).toEqual(realFields().map((f) => f.name));
        expect(object.fields.filter((f) => added.has(f.name)).map((f) => f.name)).toEqual([
          ...added,
        ]);
      },
    );

    itWithCaptures('matches every attribute of every field', () => {
      const byName = new Map(ownFields.map((field) => [field.name, field]));
      const problems = realFields().flatMap((field) => {
        const own = byName.get(field.name);
        if (own === undefined) return [`${field.name}: missing`];
        return mismatches(field as Json, own as Json, field.name);
      });
      expect(problems).toEqual([]);
    });

    itWithCaptures('has every top-level key of the real describe, and no other', () => {
      expect(Object.keys(mine).sort()).toEqual(Object.keys(real()).sort());
      expect(Object.keys(mine.urls as Json).sort()).toEqual(
        Object.keys(real().urls as Json).sort(),
      );
    });

    itWithCaptures('has the same object-level values', () => {
      const skip = new Set(['fields', 'childRelationships', 'recordTypeInfos', 'urls']);
      const pick = (source: Json) =>
        Object.fromEntries(Object.entries(source).filter(([key]) => !skip.has(key)));
      expect(mismatches(pick(real()), pick(mine), objectName)).toEqual([]);
    });

    itWithCaptures(
      'describes the child relationships it shares with the real org as the real org does',
      () => {
        const key = (r: Json) => `${String(r.childSObject)}.${String(r.field)}`;
        const ours = new Map((mine.childRelationships as Json[]).map((r) => [key(r), r]));
        const shared = (real().childRelationships as Json[]).filter((r) =>
          schema.getField(String(r.childSObject), String(r.field)),
        );
        expect(shared.length).toBeGreaterThan(3);
        for (const relationship of shared)
          expect(ours.get(key(relationship))).toEqual(relationship);
      },
    );

    itWithCaptures('has a Master record type shaped like the real one', () => {
      const master = (mine.recordTypeInfos as Json[]).find((info) => info.master === true);
      const realMaster = (real().recordTypeInfos as Json[]).find((info) => info.master === true);
      const { defaultRecordTypeMapping: _mine, ...ownShape } = withoutVersion(master) as Json;
      const { defaultRecordTypeMapping: _real, ...realShape } = withoutVersion(realMaster) as Json;
      expect(ownShape).toEqual(realShape);
    });
  });

  describe('global describe', () => {
    const mine = globalDescribeResponse(schema, '62.0') as unknown as Json;
    const real = () => capture('global-describe.json');

    itWithCaptures('has the real top-level keys and the real per-object key set', () => {
      expect(Object.keys(mine).sort()).toEqual(Object.keys(real()).sort());
      const realKeys = Object.keys((real().sobjects as Json[])[0] ?? {}).sort();
      for (const entry of mine.sobjects as Json[])
        expect(Object.keys(entry).sort()).toEqual(realKeys);
    });

    itWithCaptures(
      'describes every standard object the real org also has exactly as it does',
      () => {
        const realObjects = new Map((real().sobjects as Json[]).map((o) => [String(o.name), o]));
        const problems = (mine.sobjects as Json[]).flatMap((entry) => {
          const realEntry = realObjects.get(String(entry.name));
          if (realEntry === undefined) return [];
          return mismatches(
            withoutVersion(realEntry) as Json,
            withoutVersion(entry) as Json,
            String(entry.name),
          );
        });
        expect(problems).toEqual([]);
      },
    );
  });
});
