/**
 * Renders the Map step as the New load page does (reducer + providers), with describes put
 * straight into the query cache: no request leaves the page. Describes come from the caller
 * (the demo org's schema in the tests), saved mappings from a fresh IndexedDB database.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { deleteDB } from 'idb';
import { StrictMode, useReducer } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { openForkliftDb, type ForkliftDatabase } from '../../../lib/idb-database';
import { createQueryClient } from '../../../lib/query-client';
import { createSavedMappingsStore } from '../../../lib/saved-mappings-store';
import type { SObjectDescribe } from '../../../load/describe-types';
import {
  EMPTY_LOAD_DRAFT,
  loadDraftReducer,
  type DraftSource,
  type LoadDraft,
} from '../../../load/load-draft';
import {
  assignmentRulesQueryOptions,
  globalDescribeQueryOptions,
  sobjectDescribeQueryOptions,
  type AssignmentRules,
  type GlobalDescribeSObject,
} from '../../../salesforce/describe-queries';
import { SalesforceProvider } from '../../../salesforce/salesforce-context';
import { createMemorySalesforceServices } from '../../../salesforce/test-support/memory-salesforce-services';
import { MappingStep } from '../mapping-step';

export const SIGNED_IN = { orgId: '00D5F0000000001AAA', userId: '0055F0000000001AAA' };

export interface OrgDescribes {
  objects: readonly GlobalDescribeSObject[];
  describes: readonly SObjectDescribe[];
  assignmentRules?: Readonly<Record<string, AssignmentRules>>;
}

export interface RenderOptions {
  org: OrgDescribes;
  source: Pick<DraftSource, 'header' | 'sampleRows'> & Partial<DraftSource>;
  draft?: Partial<LoadDraft>;
  userTimeZone?: string;
  /** Share one database between renders (to find a mapping saved by an earlier one). */
  database?: Promise<ForkliftDatabase>;
}

let roots: Root[] = [];
let databases: { name: string; db: Promise<ForkliftDatabase> }[] = [];
let counter = 0;

export function newTestDatabase(): Promise<ForkliftDatabase> {
  const name = `forklift-mapping-test-${Date.now()}-${counter++}`;
  const db = openForkliftDb(name);
  databases.push({ name, db });
  return db;
}

/** For afterEach: unmounts, closes and deletes what the renders made. */
export async function cleanUpMappingStep() {
  for (const root of roots) root.unmount();
  roots = [];
  document.body.replaceChildren();
  for (const { name, db } of databases) {
    (await db).close();
    await deleteDB(name);
  }
  databases = [];
}

export function renderMappingStep(options: RenderOptions) {
  const services = createMemorySalesforceServices();
  const queryClient = createQueryClient();
  const { client } = services;
  queryClient.setQueryData(globalDescribeQueryOptions(client, SIGNED_IN).queryKey, [
    ...options.org.objects,
  ]);
  for (const describe of options.org.describes)
    queryClient.setQueryData(
      sobjectDescribeQueryOptions(client, SIGNED_IN, describe.name).queryKey,
      describe,
    );
  for (const [object, rules] of Object.entries(options.org.assignmentRules ?? {}))
    queryClient.setQueryData(
      assignmentRulesQueryOptions(client, SIGNED_IN, object).queryKey,
      rules,
    );
  const database = options.database ?? newTestDatabase();
  const store = createSavedMappingsStore(() => database);
  const initial: LoadDraft = {
    ...EMPTY_LOAD_DRAFT,
    source: { fileName: 'contacts.csv', rowCount: null, ...options.source },
    choicesHeader: options.source.header,
    ...options.draft,
  };
  const latest: { draft: LoadDraft; unmount(): void } = {
    draft: initial,
    unmount: () => {
      root.unmount();
      roots = roots.filter((r) => r !== root);
    },
  };

  function Harness() {
    const [draft, dispatch] = useReducer(loadDraftReducer, initial);
    latest.draft = draft;
    return (
      <MappingStep
        draft={draft}
        dispatch={dispatch}
        signedIn={SIGNED_IN}
        userTimeZone={options.userTimeZone ?? 'Europe/Paris'}
        savedMappings={store}
      />
    );
  }

  const root = createRoot(document.body.appendChild(document.createElement('div')));
  roots.push(root);
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SalesforceProvider services={services}>
          <Harness />
        </SalesforceProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return latest;
}
