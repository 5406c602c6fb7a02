/**
 * `/jobs/:jobId`: any one ingest job of the org, Forklift's or not. Its state explained (and
 * Salesforce's reason when it Failed), every JobInfo field, its three result files, and abort or
 * delete. The job is polled while it has not ended, backing off while its counts stand still.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ingestErrorHelp, jobErrorCode } from '../../salesforce/bulk/ingest-error-help';
import {
  isTerminalJobState,
  type ClosedJobInfo,
  type JobInfo,
} from '../../salesforce/bulk/ingest-types';
import { userKey } from '../../salesforce/user-names';
import { IngestFailureAlert } from './ingest-failure-alert';
import { JobActions } from './job-actions';
import { JobFacts } from './job-facts';
import {
  forkliftLoadQueryOptions,
  jobQueryOptions,
  orgJobsKeys,
  userNamesQueryOptions,
  type PolledJob,
} from './job-queries';
import { JobResultDownloads } from './job-result-downloads';
import { operationWord, stateExplanation } from './job-words';
import type { OrgJobsServices } from './org-jobs-services';
import { ForkliftMarker } from './org-job-row';

function JobFailure({ errorMessage }: { errorMessage: string }) {
  const code = jobErrorCode(errorMessage);
  const help = code === undefined ? undefined : ingestErrorHelp(code);
  return (
    <div role="alert" className="slds-box slds-theme_error slds-m-top_small">
      <p>
        <strong>Salesforce stopped this job:</strong> {errorMessage}
      </p>
      {help && (
        <>
          <p>{help.explanation}</p>
          <p>
            <strong>What to do:</strong> {help.whatToDo}
          </p>
        </>
      )}
    </div>
  );
}

const BackToJobs = () => <Link to="/jobs">Back to the org’s jobs</Link>;

function LoadedJob(props: { services: OrgJobsServices; info: JobInfo; onDeleted(): void }) {
  const { services, info } = props;
  const queryClient = useQueryClient();
  const load = useQuery(forkliftLoadQueryOptions(services, info.id));
  const users = useQuery(userNamesQueryOptions(services, [info.createdById]));
  const jobKey = orgJobsKeys.job(services.scope, info.id);

  function aborted(closed: ClosedJobInfo) {
    // The PATCH answers the short shape: keep the counters, take the new state, and read again.
    queryClient.setQueryData<PolledJob>(jobKey, (old) =>
      old ? { ...old, info: { ...old.info, ...closed } } : old,
    );
    void queryClient.invalidateQueries({ queryKey: orgJobsKeys.all(services.scope) });
  }

  return (
    <>
      <p className="slds-text-heading_small">
        {operationWord(info.operation)} · {info.object}
      </p>
      {load.data && (
        <p className="slds-m-top_x-small">
          <ForkliftMarker loadId={load.data} />
        </p>
      )}
      <section aria-labelledby="job-state-heading" className="slds-m-top_medium">
        <h2 id="job-state-heading" className="slds-text-heading_medium">
          State: {info.state}
        </h2>
        <p>{stateExplanation(info.state)}</p>
        {info.state === 'Failed' && info.errorMessage && (
          <JobFailure errorMessage={info.errorMessage} />
        )}
      </section>
      <section aria-labelledby="job-facts-heading" className="slds-m-top_large">
        <h2 id="job-facts-heading" className="slds-text-heading_medium slds-m-bottom_x-small">
          Details
        </h2>
        <JobFacts info={info} creator={users.data?.get(userKey(info.createdById))} />
      </section>
      <JobResultDownloads services={services} jobId={info.id} state={info.state} />
      {load.isPending ? (
        <p role="status" className="slds-m-top_large">
          Checking whether Forklift created this job…
        </p>
      ) : (
        // A lookup that failed (storage unavailable) leaves the job locked: the safe side.
        <JobActions
          services={services}
          info={info}
          createdByForklift={typeof load.data === 'string'}
          onAborted={aborted}
          onDeleted={props.onDeleted}
        />
      )}
    </>
  );
}

export function JobDetail(props: { services: OrgJobsServices; jobId: string }) {
  const { services, jobId } = props;
  const queryClient = useQueryClient();
  const [deleted, setDeleted] = useState(false);
  const job = useQuery({ ...jobQueryOptions(services, jobId), enabled: !deleted });
  const { refetch } = job;
  const running = !deleted && job.data !== undefined && !isTerminalJobState(job.data.info.state);

  // A background tab's timers are throttled: ask again as soon as the tab is seen (design.md §4).
  useEffect(() => {
    if (!running) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [running, refetch]);

  function onDeleted() {
    setDeleted(true);
    queryClient.removeQueries({ queryKey: orgJobsKeys.job(services.scope, jobId) });
    void queryClient.invalidateQueries({ queryKey: orgJobsKeys.list(services.scope) });
  }

  return (
    <div className="slds-p-around_large">
      <p>
        <BackToJobs />
      </p>
      <h1 className="slds-text-heading_large slds-m-top_x-small">Job {jobId}</h1>
      {deleted ? (
        <p role="status" className="slds-m-top_small">
          The job was deleted from the org. Salesforce no longer has its details or result files;
          the records it loaded stay as they are. <BackToJobs />.
        </p>
      ) : job.isPending ? (
        <p role="status">Reading the job from Salesforce…</p>
      ) : job.isError ? (
        <IngestFailureAlert
          title="The job could not be read."
          error={job.error}
          onRetry={() => void job.refetch()}
        />
      ) : (
        <LoadedJob services={services} info={job.data.info} onDeleted={onDeleted} />
      )}
    </div>
  );
}
