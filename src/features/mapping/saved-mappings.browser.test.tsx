import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  globalDescribeResponse,
  sobjectDescribeResponse,
} from '../../../emulator/core/schema/describe-response';
import { createOrgSchema } from '../../../emulator/core/schema/org-schema';
import { createSavedMappingsStore } from '../../lib/saved-mappings-store';
import type { SObjectDescribe } from '../../load/describe-types';
import { mappingToJson } from '../../load/mapping-json';
import type { SavedMapping } from '../../load/saved-mapping';
import {
  cleanUpMappingStep,
  newTestDatabase,
  renderMappingStep,
  SIGNED_IN,
  type RenderOptions,
} from './test-support/render-mapping-step';

function demoOrg() {
  const schema = createOrgSchema();
  return {
    objects: globalDescribeResponse(schema, '62.0').sobjects,
    describes: schema
      .objects()
      .map((o) => sobjectDescribeResponse(o, '62.0') as unknown as SObjectDescribe),
  };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await cleanUpMappingStep();
});

const render = (options: Omit<RenderOptions, 'org'>) =>
  renderMappingStep({ org: demoOrg(), ...options });
const fieldPicker = (header: string) =>
  page.getByRole('combobox', { name: `Field for column "${header}"`, exact: true });
const preview = () => page.getByLabelText('CSV to upload', { exact: true });

const WEEKLY: SavedMapping = {
  object: 'Contact',
  operation: 'insert',
  matchingField: null,
  columns: [
    { header: 'Surname', mapping: { kind: 'field', field: 'LastName' }, blankPolicy: 'clear' },
    { header: 'Shoe', mapping: { kind: 'field', field: 'Shoe_Size__c' }, blankPolicy: 'clear' },
  ],
  constants: [{ field: 'LeadSource', value: 'Web' }],
};

describe('saved mappings', () => {
  it('saves a mapping in IndexedDB and offers it again for a file with similar headers', async () => {
    const database = newTestDatabase();
    const first = render({
      database,
      source: { header: ['Surname', 'Given'], sampleRows: [['Ng', 'Li']] },
      draft: {
        object: 'Contact',
        choices: {
          0: { mapping: { kind: 'field', field: 'LastName' } },
          1: { mapping: { kind: 'field', field: 'FirstName' } },
        },
      },
    });
    await userEvent.fill(page.getByLabelText('Name for this mapping'), 'Weekly contacts');
    await userEvent.click(page.getByRole('button', { name: 'Save mapping' }));
    await expect
      .element(page.getByText('Saved “Weekly contacts” for Contact in this browser.'))
      .toBeVisible();
    first.unmount();

    const second = render({
      database,
      source: { header: ['Given', 'Surname', 'Notes'], sampleRows: [['Ada', 'Lovelace', 'x']] },
    });
    await expect
      .element(page.getByText(/fits this file: 2 of its 2 columns are here/))
      .toBeVisible();
    await userEvent.click(
      page.getByRole('button', { name: 'Use the saved mapping “Weekly contacts”' }),
    );
    expect(second.draft.object).toBe('Contact');
    await expect.element(fieldPicker('Surname')).toHaveValue('Last Name (LastName)');
    await expect.element(fieldPicker('Given')).toHaveValue('First Name (FirstName)');
    await expect.element(preview()).toHaveTextContent(/^FirstName,LastName\s*Ada,Lovelace/);
  });

  it('re-checks a saved mapping against the live describe and says what it dropped', async () => {
    const database = newTestDatabase();
    await createSavedMappingsStore(() => database).save({
      ...SIGNED_IN,
      object: 'Contact',
      name: 'Old',
      savedAt: new Date().toISOString(),
      json: mappingToJson(WEEKLY),
    });
    render({ database, source: { header: ['Surname', 'Shoe'], sampleRows: [['Ng', '']] } });
    await userEvent.click(page.getByRole('button', { name: 'Use the saved mapping “Old”' }));
    await expect
      .element(
        page.getByText(
          /"Shoe" was mapped to Shoe_Size__c, which Contact no longer has or you cannot see/,
        ),
      )
      .toBeVisible();
    await expect.element(preview()).toHaveTextContent(/^LastName,LeadSource\s*Ng,Web/);
  });

  it('imports a Forklift JSON mapping file', async () => {
    render({ source: { header: ['Surname'], sampleRows: [['Ng']] }, draft: { object: 'Contact' } });
    const json = mappingToJson({ ...WEEKLY, columns: WEEKLY.columns.slice(0, 1) });
    await userEvent.upload(
      page.getByLabelText('Import a Forklift mapping (.json)'),
      new File([json], 'weekly.json', { type: 'application/json' }),
    );
    await expect.element(page.getByText(/Using the saved mapping “weekly”/)).toBeVisible();
    await expect.element(preview()).toHaveTextContent(/^LastName,LeadSource\s*Ng,Web/);
  });

  it('imports a Data Loader .sdl file with its lookups and constants', async () => {
    render({
      source: { header: ['Surname', 'Company'], sampleRows: [['Ng', 'A-1']] },
      draft: { object: 'Contact' },
    });
    const sdl =
      '#Mapping values\nSurname=LastName\nCompany=Account\\:External_Id__c\n"Web"=LeadSource\n';
    await userEvent.upload(
      page.getByLabelText('Import a Data Loader mapping (.sdl)'),
      new File([sdl], 'contacts.sdl'),
    );
    await expect
      .element(preview())
      .toHaveTextContent(/^LastName,Account\.External_Id__c,LeadSource\s*Ng,A-1,Web/);
  });

  it('exports the mapping as JSON and as .sdl, from the same mapping', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:mapping';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render({
      source: { header: ['LastName', 'Company'], sampleRows: [] },
      draft: {
        object: 'Contact',
        choices: {
          1: {
            mapping: {
              kind: 'relationship',
              lookupField: 'AccountId',
              targetObject: 'Account',
              targetField: 'External_Id__c',
            },
          },
        },
      },
    });
    await userEvent.click(page.getByRole('button', { name: 'Export as JSON' }));
    await userEvent.click(page.getByRole('button', { name: 'Export as Data Loader .sdl' }));
    expect(blobs).toHaveLength(2);
    const [json, sdl] = await Promise.all(blobs.map((b) => b.text()));
    expect(JSON.parse(json ?? '')).toMatchObject({
      format: 'forklift-mapping',
      object: 'Contact',
      columns: [{ header: 'LastName' }, { header: 'Company', mapping: { kind: 'relationship' } }],
    });
    expect(sdl).toContain('LastName=LastName');
    expect(sdl).toContain('Company=Account\\:Account-External_Id__c');
  });
});
