/**
 * The org check (issue 5): an optional look at the org for the first rows of the file, with a few
 * read-only queries. Do the Ids exist in this object, which upsert rows update and which create,
 * do relationship keys find exactly one parent, and what a delete takes with it.
 */
import type { ColumnPlan, LoadMapping } from '../../load/column-mapping';
import { findField, type SObjectDescribe } from '../../load/describe-types';
import type { SalesforceClient } from '../../salesforce/rest-client';
import { countCascade, loadChildRelationships } from './org-check-cascade';
import { checkRelationship, matchKeys, type Select, type SoqlRecord } from './org-check-keys';
import { addRow, distinctBy, emptyRowSet, fieldValue } from './org-check-rows';
import {
  chunk,
  id15,
  looksLikeSalesforceId,
  queryAllRecords,
  recordsByIdSoql,
} from './org-check-soql';
import type {
  IdCheck,
  NamedRecord,
  OrgCheckProgress,
  OrgCheckResult,
  UpsertCheck,
} from './org-check-types';
import {
  columnValues,
  DEFAULT_ORG_CHECK_ROWS,
  readFirstRows,
  type SampleSource,
} from './org-sample-keys';

export interface OrgCheckInput extends SampleSource {
  /** Data rows in the whole file. */
  rowCount: number;
  describe: SObjectDescribe;
  mapping: LoadMapping;
}

export interface OrgCheckOptions {
  maxRows?: number;
  onProgress?(progress: OrgCheckProgress): void;
}

/** Records named on the delete confirmation. */
const NAMED_RECORDS = 10;

const isIdField = (name: string) => name.toLowerCase() === 'id';

function columnFor(mapping: LoadMapping, field: string): ColumnPlan | undefined {
  const wanted = field.toLowerCase();
  return mapping.columns.find(
    (c) => c.mapping.kind === 'field' && c.mapping.field.toLowerCase() === wanted,
  );
}

/** Runs the check; throws the client's errors (SalesforceApiError, SessionExpiredError, …). */
export async function runOrgCheck(
  input: OrgCheckInput,
  client: SalesforceClient,
  options: OrgCheckOptions = {},
): Promise<OrgCheckResult> {
  const { describe, mapping } = input;
  const maxRows = options.maxRows ?? DEFAULT_ORG_CHECK_ROWS;
  options.onProgress?.({ phase: 'reading', queriesDone: 0 });
  const rows = await readFirstRows(input, Math.min(maxRows, input.rowCount));
  let queries = 0;
  const query = async (soql: string) => {
    const result = await queryAllRecords<SoqlRecord>(client, soql);
    queries += 1;
    options.onProgress?.({ phase: 'querying', queriesDone: queries });
    return result;
  };
  const select = async (soqls: readonly string[]) => {
    const records: SoqlRecord[] = [];
    for (const soql of soqls) records.push(...(await query(soql)).records);
    return records;
  };
  options.onProgress?.({ phase: 'querying', queriesDone: 0 });

  const result: OrgCheckResult = {
    object: mapping.object,
    operation: mapping.operation,
    sampledRows: rows.length,
    totalRows: input.rowCount,
    queries: 0,
    ids: null,
    upsert: null,
    relationships: [],
    records: null,
    cascade: null,
    blockers: [],
  };
  const deleting = mapping.operation === 'delete' || mapping.operation === 'hardDelete';
  const byId =
    mapping.operation === 'update' ||
    deleting ||
    (mapping.operation === 'upsert' && isIdField(mapping.matchingField ?? ''));
  const idColumn = byId ? columnFor(mapping, 'Id') : undefined;

  if (idColumn) {
    const nameField = deleting ? (findField(describe, 'Name')?.name ?? null) : null;
    const checked = await checkIds(
      idColumn,
      columnValues(rows, idColumn.column),
      describe,
      nameField,
      select,
    );
    result.ids = checked.ids;
    if (mapping.operation === 'upsert') result.upsert = upsertFromIds(checked.ids, 'Id');
    if (deleting) {
      result.records = nameField === null ? null : checked.named.slice(0, NAMED_RECORDS);
      const relationships = await loadChildRelationships(client, describe);
      const counts = await countCascade(
        client,
        relationships,
        checked.foundIds,
        async (soql) => (await query(soql)).totalSize,
      );
      result.cascade = counts.cascade;
      result.blockers = counts.blockers;
    }
  } else if (mapping.operation === 'upsert' && mapping.matchingField) {
    const column = columnFor(mapping, mapping.matchingField);
    if (column)
      result.upsert = await checkUpsertKeys(column, rows, describe, mapping.matchingField, select);
  }

  for (const column of mapping.columns) {
    if (column.mapping.kind !== 'relationship') continue;
    result.relationships.push(await checkRelationship(column, rows, select));
  }
  result.queries = queries;
  return result;
}

async function checkIds(
  column: ColumnPlan,
  values: readonly string[],
  describe: SObjectDescribe,
  nameField: string | null,
  select: Select,
): Promise<{ ids: IdCheck; foundIds: string[]; named: NamedRecord[] }> {
  const ids: IdCheck = {
    column: column.header,
    found: emptyRowSet(),
    notFound: emptyRowSet(),
    otherObject: emptyRowSet(),
    malformed: emptyRowSet(),
    blank: emptyRowSet(),
  };
  const prefix = describe.keyPrefix;
  const candidates = values.map((raw) => {
    const value = raw.trim();
    if (value === '') return 'blank' as const;
    if (!looksLikeSalesforceId(value)) return 'malformed' as const;
    if (prefix !== null && value.slice(0, 3) !== prefix) return 'otherObject' as const;
    return value;
  });
  const toQuery = distinctBy(
    candidates.filter((c) => c.length >= 15),
    id15,
  );
  const records = await select(
    chunk(toQuery).map((part) => recordsByIdSoql(describe.name, part, nameField)),
  );
  const found = new Map<string, SoqlRecord>();
  for (const record of records) found.set(id15(String(fieldValue(record, 'Id'))), record);
  const named = new Map<string, NamedRecord>();
  candidates.forEach((candidate, index) => {
    const raw = values[index] ?? '';
    if (candidate === 'blank' || candidate === 'malformed' || candidate === 'otherObject') {
      addRow(ids[candidate], index, raw);
      return;
    }
    const record = found.get(id15(candidate));
    if (!record) return addRow(ids.notFound, index, raw);
    addRow(ids.found, index, raw);
    const id = String(fieldValue(record, 'Id'));
    if (nameField !== null && !named.has(id))
      named.set(id, { id, name: String(fieldValue(record, nameField) ?? '') });
  });
  return {
    ids,
    foundIds: [...found.values()].map((r) => String(fieldValue(r, 'Id'))),
    named: [...named.values()],
  };
}

/** Upsert on Id: a found Id updates, a blank one creates, any other fails. */
function upsertFromIds(ids: IdCheck, column: string): UpsertCheck {
  const notFound = emptyRowSet();
  for (const set of [ids.notFound, ids.otherObject, ids.malformed]) {
    notFound.count += set.count;
    notFound.examples.push(...set.examples);
  }
  notFound.examples.sort((a, b) => a.row - b.row).splice(5);
  return {
    column,
    matchingField: 'Id',
    updates: ids.found,
    creates: ids.blank,
    several: emptyRowSet(),
    notFound,
    blank: emptyRowSet(),
  };
}

async function checkUpsertKeys(
  column: ColumnPlan,
  rows: readonly (readonly string[])[],
  describe: SObjectDescribe,
  matchingField: string,
  select: Select,
): Promise<UpsertCheck> {
  const field = findField(describe, matchingField);
  const caseSensitive = !(field?.unique === true && field.caseSensitive === false);
  const values = columnValues(rows, column.column);
  const counts = await matchKeys(
    describe.name,
    field?.name ?? matchingField,
    field?.type,
    caseSensitive,
    values,
    select,
  );
  const check: UpsertCheck = {
    column: column.header,
    matchingField: field?.name ?? matchingField,
    updates: emptyRowSet(),
    creates: emptyRowSet(),
    several: emptyRowSet(),
    notFound: emptyRowSet(),
    blank: emptyRowSet(),
  };
  counts.forEach((count, index) => {
    const value = values[index] ?? '';
    const set =
      count === null
        ? check.blank
        : count === 0
          ? check.creates
          : count === 1
            ? check.updates
            : check.several;
    addRow(set, index, value);
  });
  return check;
}
