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
  type RenderOptions,
} from './test-support/render-mapping-step';

/** The demo org's describes: the same schema the emulator serves. */
function demoOrg() {
  const schema = createOrgSchema();
  return {
    objects: globalDescribeResponse(schema, '62.0').sobjects,
    describes: schema
      .objects()
      .map((o) => sobjectDescribeResponse(o, '62.0') as unknown as SObjectDescribe),
  };
}

afterEach(cleanUpMappingStep);

const renderContact = (source: RenderOptions['source'], userTimeZone?: string) =>
  renderMappingStep({
    org: demoOrg(),
    source,
    draft: { object: 'Contact' },
    ...(userTimeZone ? { userTimeZone } : {}),
  });

const preview = () => page.getByLabelText('CSV to upload', { exact: true });

describe('per-column value handling', () => {
  it('leaves fields unchanged on blank cells by default, or clears them with #N/A, counting the sample', async () => {
    renderContact({
      header: ['LastName', 'Title'],
      sampleRows: [
        ['Lovelace', ''],
        ['Ng', 'CEO'],
      ],
    });
    await expect
      .element(
        page.getByText('1 of the first 2 rows are blank (a sample: the file is still being read).'),
      )
      .toBeVisible();
    await expect.element(preview()).toHaveTextContent(/^LastName,Title\s*Lovelace,\s*Ng,CEO/);
    await userEvent.selectOptions(
      page.getByLabelText('Blank cells in "Title"'),
      'Clear the field (#N/A)',
    );
    await expect.element(preview()).toHaveTextContent(/Lovelace,#N\/A\s*Ng,CEO/);
  });

  it('counts blanks in the whole file once it is all in the sample', async () => {
    renderContact({ header: ['LastName', 'Title'], sampleRows: [['Ng', '']], rowCount: 1 });
    await expect.element(page.getByText('1 of 1 rows are blank.')).toBeVisible();
  });

  it('makes the user choose the order of ambiguous dates, and writes ISO dates', async () => {
    renderContact({
      header: ['LastName', 'Birthdate'],
      sampleRows: [
        ['Ng', '01/02/1990'],
        ['Li', '03/04/1985'],
      ],
    });
    await expect.element(page.getByText(/Choose how to read "Birthdate"/)).toBeVisible();
    const format = page.getByLabelText('Format of "Birthdate"');
    await expect.element(format).toHaveValue('');
    await userEvent.selectOptions(format, 'Dates as day/month/year (31/12/2024)');
    await expect.element(preview()).toHaveTextContent(/Ng,1990-02-01\s*Li,1985-04-03/);
    await expect.element(page.getByText('The mapping is complete', { exact: false })).toBeVisible();
  });

  it('shows the evidence when a value proves the order', async () => {
    renderContact({
      header: ['LastName', 'Birthdate'],
      sampleRows: [
        ['Ng', '31/12/1990'],
        ['Li', '03/04/1985'],
      ],
    });
    await expect.element(page.getByText('Dates as day/month/year (31/12/2024)')).toBeVisible();
    await expect.element(page.getByText(/31\/12\/1990/).first()).toBeVisible();
    await expect.element(preview()).toHaveTextContent(/Ng,1990-12-31\s*Li,1985-04-03/);
  });

  it('writes dateTimes with the offset of the user’s Salesforce time zone, or the zone chosen', async () => {
    renderContact(
      { header: ['LastName', 'EmailBouncedDate'], sampleRows: [['Ng', '2024-07-01 10:00']] },
      'Europe/Paris',
    );
    await expect.element(preview()).toHaveTextContent(/Ng,2024-07-01T10:00:00(\.000)?\+02:00/);
    await userEvent.selectOptions(
      page.getByLabelText('Time zone of date and time values'),
      'Asia/Tokyo',
    );
    await expect.element(preview()).toHaveTextContent(/Ng,2024-07-01T10:00:00(\.000)?\+09:00/);
  });

  it('flags a literal #N/A from the source and holds its row back instead of clearing the field', async () => {
    renderContact({
      header: ['LastName', 'Title'],
      sampleRows: [
        ['Ng', '#N/A'],
        ['Li', 'CEO'],
      ],
    });
    await expect
      .element(page.getByText(/Spreadsheet errors such as #N\/A \(a failed lookup\) are not data/))
      .toBeVisible();
    await expect.element(page.getByText(/Row 1 is held back: in “Title”/)).toBeVisible();
    await expect.element(preview()).toHaveTextContent(/^LastName,Title\s*Li,CEO\s*$/);
  });

  it('flags Excel damage on a key column', async () => {
    renderContact({
      header: ['LastName', 'External_Id__c'],
      sampleRows: [['Ng', '1.23E+11']],
    });
    await expect.element(page.getByText(/Excel shows long numbers as 1\.23E\+11/)).toBeVisible();
  });
});
