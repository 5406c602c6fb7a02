/**
 * Test-only access to the real describe captures in the shared data folder (design.md §7: read
 * from disk at `../shared/data/salesforce` relative to the repo root, or `FORKLIFT_SHARED_DIR`).
 * The app's tsconfig has no Node types, so Node's fs is reached through a dynamic import that
 * only Vitest's node project ever runs.
 */
import type { FieldDescribe, SObjectDescribe } from '../describe-types';

interface NodeFs {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
}
interface NodeProcess {
  env: Record<string, string | undefined>;
}

const NODE_FS = 'node:fs';
const fs = (await import(/* @vite-ignore */ NODE_FS)) as NodeFs;
const env = (globalThis as { process?: NodeProcess }).process?.env ?? {};

/** src/load/test-support → repo root → ../shared/data/salesforce */
const DEFAULT_DIR = decodeURIComponent(
  new URL('../../../../shared/data/salesforce', import.meta.url).pathname,
);

/** FORKLIFT_SHARED_DIR may name the shared folder itself or its data/salesforce folder. */
function sharedSalesforceDir(override: string | undefined): string {
  if (!override) return DEFAULT_DIR;
  const base = override.replace(/\/+$/, '');
  const nested = `${base}/data/salesforce`;
  return fs.existsSync(nested) ? nested : base;
}

export const SHARED_SALESFORCE_DIR = sharedSalesforceDir(env.FORKLIFT_SHARED_DIR);

/** Why the describe-backed tests are skipped, or null when the captures are there. */
export const SHARED_DATA_MISSING_REASON: string | null = fs.existsSync(
  `${SHARED_SALESFORCE_DIR}/contact-describe.json`,
)
  ? null
  : `the real describe captures are not at ${SHARED_SALESFORCE_DIR} (set FORKLIFT_SHARED_DIR)`;

export function loadSharedDescribe(objectName: 'Account' | 'Contact'): SObjectDescribe {
  const file = `${SHARED_SALESFORCE_DIR}/${objectName.toLowerCase()}-describe.json`;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SObjectDescribe;
}

/** A describe field with Salesforce's defaults for a plain nillable text field, for test fixtures. */
export function makeField(overrides: Partial<FieldDescribe> & { name: string }): FieldDescribe {
  return {
    label: overrides.name,
    type: 'string',
    length: 255,
    precision: 0,
    scale: 0,
    digits: 0,
    nillable: true,
    createable: true,
    updateable: true,
    defaultedOnCreate: false,
    externalId: false,
    idLookup: false,
    unique: false,
    caseSensitive: false,
    picklistValues: [],
    restrictedPicklist: false,
    referenceTo: [],
    relationshipName: null,
    polymorphicForeignKey: false,
    calculated: false,
    autoNumber: false,
    ...overrides,
  };
}

/** The real describe plus the custom fields an admin would add (the captures have no external IDs). */
export function withFields(describe: SObjectDescribe, extra: FieldDescribe[]): SObjectDescribe {
  return { ...describe, fields: [...describe.fields, ...extra] };
}
