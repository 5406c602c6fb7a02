/**
 * `/jobs`: every Bulk API 2.0 ingest job in the org, not only Forklift's (issue 6, "Org jobs"):
 * all pages of the list, filtered by state and object, sorted by created date, 25 to a page;
 * each opens at `/jobs/:jobId`. Jobs Forklift created carry a marker linking to their load.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formatCount } from '../../lib/format-numbers';
import { JOB_STATES, type JobState } from '../../salesforce/bulk/ingest-types';
import { userKey } from '../../salesforce/user-names';
import { IngestFailureAlert } from './ingest-failure-alert';
import { orgJobsKeys, orgJobsQueryOptions, userNamesQueryOptions } from './job-queries';
import { OrgJobRow } from './org-job-row';
import type { OrgJobsServices } from './org-jobs-services';
import { INITIAL_FILTER, jobObjects, orgJobsView, type OrgJobsFilter } from './org-jobs-view';

function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly string[];
  allLabel: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="slds-form-element slds-m-right_medium">
      <label className="slds-form-element__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="slds-form-element__control">
        <div className="slds-select_container">
          <select
            id={id}
            className="slds-select"
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
          >
            <option value="">{props.allLabel}</option>
            {props.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}

export function OrgJobsList({ services }: { services: OrgJobsServices }) {
  const queryClient = useQueryClient();
  const jobs = useQuery(orgJobsQueryOptions(services));
  const [filter, setFilter] = useState<OrgJobsFilter>(INITIAL_FILTER);
  const all = jobs.data ?? [];
  const view = orgJobsView(all, filter);
  const users = useQuery(
    userNamesQueryOptions(
      services,
      view.rows.map((job) => job.createdById),
    ),
  );
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: orgJobsKeys.all(services.scope) });
  const update = (change: Partial<OrgJobsFilter>) => setFilter({ ...filter, page: 0, ...change });

  return (
    <div className="slds-p-around_large">
      <h1 className="slds-text-heading_large">Org jobs</h1>
      <p className="slds-m-vertical_small">
        Every Bulk API 2.0 ingest job in this org, whoever created it: Forklift, Data Loader, an
        integration or a script. Salesforce keeps a job for 7 days after it ends. Open a job to see
        its details and download its results.
      </p>
      <div className="slds-grid slds-grid_vertical-align-end slds-m-bottom_small">
        <FilterSelect
          label="State"
          value={filter.state}
          options={JOB_STATES}
          allLabel="Every state"
          onChange={(state) => update({ state: state as JobState | '' })}
        />
        <FilterSelect
          label="Object"
          value={filter.object}
          options={jobObjects(all)}
          allLabel="Every object"
          onChange={(object) => update({ object })}
        />
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={refresh}
          disabled={jobs.isFetching}
        >
          {jobs.isFetching ? 'Reading jobs…' : 'Refresh'}
        </button>
      </div>
      {jobs.isPending && <p role="status">Reading the org’s jobs…</p>}
      {jobs.isError && (
        <IngestFailureAlert
          title="The org’s jobs could not be read."
          error={jobs.error}
          onRetry={() => void jobs.refetch()}
        />
      )}
      {jobs.isSuccess && (
        <>
          <p role="status" className="slds-m-bottom_x-small">
            {view.matching === all.length
              ? `${formatCount(all.length)} ${all.length === 1 ? 'job' : 'jobs'} in the org.`
              : `${formatCount(view.matching)} of ${formatCount(all.length)} jobs match the filter.`}
          </p>
          {view.matching > 0 && (
            <table className="slds-table slds-table_bordered slds-table_cell-buffer">
              <caption className="slds-assistive-text">
                Bulk API 2.0 ingest jobs in this org
              </caption>
              <thead>
                <tr>
                  <th scope="col">Job</th>
                  <th scope="col">Object</th>
                  <th scope="col">Operation</th>
                  <th scope="col">State</th>
                  <th scope="col">Records</th>
                  <th
                    scope="col"
                    aria-sort={filter.order === 'newest' ? 'descending' : 'ascending'}
                  >
                    <button
                      type="button"
                      className="slds-button slds-text-link_reset"
                      onClick={() =>
                        update({ order: filter.order === 'newest' ? 'oldest' : 'newest' })
                      }
                    >
                      Created
                      <span className="slds-assistive-text">
                        {filter.order === 'newest'
                          ? ': newest first, sort oldest first'
                          : ': oldest first, sort newest first'}
                      </span>
                      <span aria-hidden="true">{filter.order === 'newest' ? ' ↓' : ' ↑'}</span>
                    </button>
                  </th>
                  <th scope="col">Created by</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((job) => (
                  <OrgJobRow
                    key={job.id}
                    services={services}
                    job={job}
                    creator={users.data?.get(userKey(job.createdById))}
                  />
                ))}
              </tbody>
            </table>
          )}
          {view.pageCount > 1 && (
            <nav
              aria-label="Job pages"
              className="slds-m-top_small slds-grid slds-grid_vertical-align-center"
            >
              <button
                type="button"
                className="slds-button slds-button_neutral"
                disabled={view.page === 0}
                onClick={() => setFilter({ ...filter, page: view.page - 1 })}
              >
                Previous page
              </button>
              <span className="slds-m-horizontal_small">
                Page {view.page + 1} of {view.pageCount}
              </span>
              <button
                type="button"
                className="slds-button slds-button_neutral"
                disabled={view.page + 1 >= view.pageCount}
                onClick={() => setFilter({ ...filter, page: view.page + 1 })}
              >
                Next page
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
