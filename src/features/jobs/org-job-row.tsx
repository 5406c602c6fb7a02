/**
 * One row of the org jobs table. The list gives the short JobInfo (no counters, §1.8), so each
 * visible row reads its own job info for the counts, and asks whether Forklift created the job:
 * only the rows on screen cost a call.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatCount } from '../../lib/format-numbers';
import type { ListedJobInfo } from '../../salesforce/bulk/ingest-types';
import type { UserName } from '../../salesforce/user-names';
import { forkliftLoadQueryOptions, jobQueryOptions, type PolledJob } from './job-queries';
import { formatSalesforceDate, operationWord } from './job-words';
import type { OrgJobsServices } from './org-jobs-services';

export function CreatorName({ id, user }: { id: string; user: UserName | undefined }) {
  if (!user) return <span title="The org did not return a name for this user id">{id}</span>;
  return <span title={user.username}>{user.name}</span>;
}

export function ForkliftMarker({ loadId }: { loadId: string }) {
  return (
    <Link to={`/loads/${loadId}`} className="slds-badge slds-badge_lightest">
      Created by Forklift
      <span className="slds-assistive-text">: open its load</span>
    </Link>
  );
}

function Counts({ info }: { info: UseQueryResult<PolledJob> }) {
  if (info.isPending) return <span className="slds-text-color_weak">reading…</span>;
  if (info.isError) return <span className="slds-text-color_error">not read</span>;
  const { numberRecordsProcessed, numberRecordsFailed } = info.data.info;
  return (
    <>
      {formatCount(numberRecordsProcessed)} processed
      {numberRecordsFailed > 0 && (
        <span className="slds-text-color_error">, {formatCount(numberRecordsFailed)} failed</span>
      )}
    </>
  );
}

export function OrgJobRow(props: {
  services: OrgJobsServices;
  job: ListedJobInfo;
  creator: UserName | undefined;
}) {
  const { services, job } = props;
  const polled = useQuery(jobQueryOptions(services, job.id));
  const load = useQuery(forkliftLoadQueryOptions(services, job.id));
  // The job's own info is fresher than the list once it has been read.
  const state = polled.data?.info.state ?? job.state;
  return (
    <tr>
      <th scope="row">
        <Link to={`/jobs/${job.id}`} aria-label={`Job ${job.id}`}>
          {job.id}
        </Link>
        {load.data && (
          <div>
            <ForkliftMarker loadId={load.data} />
          </div>
        )}
      </th>
      <td>{job.object}</td>
      <td>{operationWord(job.operation)}</td>
      <td>{state}</td>
      <td>
        <Counts info={polled} />
      </td>
      <td>{formatSalesforceDate(job.createdDate)}</td>
      <td>
        <CreatorName id={job.createdById} user={props.creator} />
      </td>
    </tr>
  );
}
