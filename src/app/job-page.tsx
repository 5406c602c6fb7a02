/** `/jobs/:jobId`: one ingest job of the org, with the services composed in org-jobs-page.tsx. */
import { useParams } from 'react-router';
import { JobDetail } from '../features/jobs/job-detail';
import { useOrgJobsServices } from './org-jobs-page';

export function JobPage() {
  const { jobId = '' } = useParams();
  const services = useOrgJobsServices();
  return services ? <JobDetail key={jobId} services={services} jobId={jobId} /> : null;
}
