import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  globalDescribeResponse,
  sobjectDescribeResponse,
} from '../../../emulator/core/schema/describe-response';
import { createOrgSchema } from '../../../emulator/core/schema/org-schema';
import type { SObjectDescribe } from '../../load/describe-types';
import {
  cleanUpMappingStep,
  renderMappingStep,
  type OrgDescribes,
  type RenderOptions,
} from './test-support/render-mapping-step';

/** The demo org's describes: the same schema the emulator serves (checked against real captures). */
function demoOrg(extra: Partial<OrgDescribes> = {}): OrgDescribes {
  const schema = createOrgSchema();
  return {
    objects: globalDescribeResponse(schema, '62.0').sobjects,
    describes: schema
      .objects()
      .map((o) => sobjectDescribeResponse(o, '62.0') as unknown as SObjectDescribe),
    ...extra,
  };
}

afterEach(cleanUpMappingStep);

const render = (options: Omit<RenderOptions, 'org'> & { org?: OrgDescribes }) =>
  renderMappingStep({ org: demoOrg(), ...options });

const fieldPicker = (header: string) =>
  page.getByRole('combobox', { name: `Field for column "${header}"`, exact: true });
const preview = () => page.getByLabelText('CSV to upload', { exact: true });
const status = () => page.getByText(/^The mapping is (complete|not complete)/);

async function chooseField(header: string, search: string, option: RegExp | string) {
  await userEvent.click(fieldPicker(header));
  await userEvent.fill(fieldPicker(header), search);
  await userEvent.click(page.getByRole('option', { name: option }));
}

describe('the Map step', () => {
  it('lists only objects the chosen operation may load, searchable by label or API name', async () => {
    const latest = render({ source: { header: ['Id'], sampleRows: [] } });
    await userEvent.click(page.getByLabelText('Hard delete', { exact: true }));
    await userEvent.fill(page.getByRole('combobox', { name: 'Object' }), 'organ');
    // Organization cannot be deleted: it is not offered for a hard delete.
    await expect.element(page.getByText('Nothing matches “organ”.')).toBeVisible();
    await userEvent.fill(page.getByRole('combobox', { name: 'Object' }), 'contact');
    await userEvent.click(page.getByRole('option', { name: 'Contact · Contact' }));
    expect(latest.draft).toMatchObject({ object: 'Contact', operation: 'hardDelete' });
    await expect
      .element(page.getByText(/skip the Recycle Bin and cannot be restored/).first())
      .toBeVisible();
  });

  it('takes exact API names, shows every other match as a suggestion with its reason, and accepts all', async () => {
    render({
      source: {
        header: ['LastName', 'First Name', 'Mailing City', 'Favourite colour'],
        sampleRows: [['Lovelace', 'Ada', 'London', 'green']],
      },
      draft: { object: 'Contact' },
    });
    await expect.element(fieldPicker('LastName')).toHaveValue('Last Name (LastName)');
    await expect.element(fieldPicker('First Name')).toHaveValue('');
    await expect
      .element(page.getByText(/because it matches the field label 'First Name'/))
      .toBeVisible();
    await expect.element(status()).toHaveTextContent('The mapping is not complete yet');
    await expect
      .element(page.getByText(/3 columns need a decision: "First Name", "Mailing City"/))
      .toBeVisible();

    await userEvent.click(page.getByRole('button', { name: 'Accept all suggestions' }));
    await expect.element(fieldPicker('First Name')).toHaveValue('First Name (FirstName)');
    await expect.element(fieldPicker('Mailing City')).toHaveValue('Mailing City (MailingCity)');
    await expect
      .element(page.getByText(/1 column needs a decision: "Favourite colour"/))
      .toBeVisible();

    await chooseField('Favourite colour', 'don', 'Don’t load this column');
    await expect.element(status()).toHaveTextContent('The mapping is complete');
    await expect
      .element(preview())
      .toHaveTextContent(/^LastName,FirstName,MailingCity\s*Lovelace,Ada,London/);
  });

  it('accepts one suggestion at a time', async () => {
    const latest = render({
      source: { header: ['Last Name', 'E-mail'], sampleRows: [] },
      draft: { object: 'Contact' },
    });
    await userEvent.click(
      page.getByRole('button', { name: 'Accept suggestion for column "E-mail"' }),
    );
    expect(latest.draft.choices[1]?.mapping).toEqual({ kind: 'field', field: 'Email' });
    expect(latest.draft.choices[0]).toBeUndefined();
  });

  it('searches fields by label or API name, with type, length and required shown', async () => {
    render({
      source: { header: ['Surname'], sampleRows: [['Lovelace']] },
      draft: { object: 'Contact' },
    });
    await userEvent.click(fieldPicker('Surname'));
    await userEvent.keyboard('lastn');
    const option = page.getByRole('option', {
      name: /^Last Name · LastName · string\(80\) · Required$/,
    });
    await expect.element(option).toBeVisible();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect.element(fieldPicker('Surname')).toHaveValue('Last Name (LastName)');
    // Escape abandons a search and keeps the field chosen before.
    await userEvent.fill(fieldPicker('Surname'), 'title');
    await expect.element(page.getByRole('listbox')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(fieldPicker('Surname')).toHaveValue('Last Name (LastName)');
    expect(page.getByRole('listbox').elements()).toEqual([]);
  });

  it('warns about required fields not mapped and read-only fields mapped, saying what to do', async () => {
    render({
      source: { header: ['FirstName', 'CreatedDate'], sampleRows: [] },
      draft: { object: 'Contact' },
    });
    await expect
      .element(page.getByText(/Required to create a Contact: LastName\. Rows without them fail\./))
      .toBeVisible();
    await expect.element(page.getByText(/CreatedDate is read-only for insert/)).toBeVisible();
  });

  it('maps a lookup by the parent’s External ID, written Rel.Field', async () => {
    render({
      source: { header: ['Company'], sampleRows: [['ACME-1']] },
      draft: { object: 'Contact' },
    });
    await chooseField('Company', 'account id', /^Account ID · AccountId/);
    await expect.element(preview()).toHaveTextContent(/^AccountId\s*ACME-1/);
    await userEvent.selectOptions(
      page.getByLabelText('Parent key for column "Company"'),
      'Account by External ID (External_Id__c) · External ID',
    );
    await expect.element(preview()).toHaveTextContent(/^Account\.External_Id__c\s*ACME-1/);
  });

  it('writes Type:Rel.Field only when the lookup is polymorphic', async () => {
    render({
      source: { header: ['Owner'], sampleRows: [['ada@forklift.demo']] },
      draft: { object: 'Case' },
    });
    await chooseField('Owner', 'OwnerId', /^Owner ID · OwnerId/);
    await userEvent.selectOptions(
      page.getByLabelText('Parent key for column "Owner"'),
      'User by Username (Username)',
    );
    await expect.element(preview()).toHaveTextContent(/^User:Owner\.Username\s*ada@forklift\.demo/);
  });

  it('suggests relationship headers, checked against the parent describe', async () => {
    render({
      source: { header: ['Account.External_Id__c', 'LastName'], sampleRows: [['A-1', 'Ng']] },
      draft: { object: 'Contact' },
    });
    await expect
      .element(
        page.getByText(/finds the Account by its External_Id__c, through the Account ID lookup/),
      )
      .toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Accept all suggestions' }));
    await expect.element(preview()).toHaveTextContent(/^Account\.External_Id__c,LastName\s*A-1,Ng/);
  });

  it('explains the matching field for an upsert and lists External ID and idLookup fields', async () => {
    const latest = render({
      source: { header: ['External_Id__c', 'LastName', 'Id'], sampleRows: [] },
      draft: { object: 'Contact', operation: 'upsert' },
    });
    await expect
      .element(page.getByText(/a field holding the record’s id in the system the data comes from/))
      .toBeVisible();
    await userEvent.selectOptions(
      page.getByLabelText('Match records by'),
      'External ID (External_Id__c) · External ID · Unique',
    );
    expect(latest.draft.matchingField).toBe('External_Id__c');
    await expect
      .element(page.getByText(/Upsert matches on External_Id__c, so the Id column is not needed/))
      .toBeVisible();
  });

  it('sets the record type by name as a RecordTypeId constant', async () => {
    render({
      source: { header: ['Name'], sampleRows: [['Acme']] },
      draft: { object: 'Account' },
    });
    await userEvent.selectOptions(page.getByLabelText('Record type'), 'Partner');
    await expect.element(preview()).toHaveTextContent(/^Name,RecordTypeId\s*Acme,0125F/);
  });

  it('says who owns Lead records when the org has no assignment rule to offer', async () => {
    render({
      org: demoOrg({ assignmentRules: { Lead: { available: false, reason: 'INVALID_TYPE' } } }),
      source: { header: ['LastName'], sampleRows: [] },
      draft: { object: 'Lead' },
    });
    await expect
      .element(
        page.getByText(
          /No Lead assignment rules are available in this org\. .*owned by you, the user running the load/,
        ),
      )
      .toBeVisible();
  });

  it('offers the org’s assignment rules for a Lead', async () => {
    const latest = render({
      org: demoOrg({
        assignmentRules: {
          Lead: {
            available: true,
            rules: [{ Id: '01Q000000000001AAA', Name: 'Web leads', Active: true }],
          },
        },
      }),
      source: { header: ['LastName'], sampleRows: [] },
      draft: { object: 'Lead' },
    });
    await userEvent.selectOptions(page.getByLabelText('Assignment rule'), 'Web leads (active)');
    expect(latest.draft.assignmentRuleId).toBe('01Q000000000001AAA');
  });

  it('adds a constant value for a field', async () => {
    render({
      source: { header: ['LastName'], sampleRows: [['Ng']] },
      draft: { object: 'Contact' },
    });
    await userEvent.selectOptions(
      page.getByLabelText('Field for a constant value'),
      'Lead Source (LeadSource)',
    );
    await userEvent.fill(page.getByLabelText('Constant value', { exact: true }), 'Web');
    await userEvent.click(page.getByRole('button', { name: 'Add constant value' }));
    await expect.element(preview()).toHaveTextContent(/^LastName,LeadSource\s*Ng,Web/);
  });
});
