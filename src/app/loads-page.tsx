import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { browserLoadStore, type LoadRecord } from '../lib/load-store';
import { useSessionState } from '../salesforce/salesforce-context';
import { signedInKey } from './signed-in-key';

const STATUS_WORDS: Record<LoadRecord['status'], string> = {
  preparing: 'Preparing',
  running: 'Running',
  stopped: 'Stopped before every job was sent',
  finished: 'Finished',
};

/** `/loads`: this user's loads in this org, from IndexedDB, newest first; each opens its page. */
export function LoadsPage() {
  const owner = signedInKey(useSessionState());
  const loads = useQuery({
    queryKey: ['loads', owner],
    queryFn: () => (owner ? browserLoadStore.listLoads(owner) : Promise.resolve([])),
    enabled: owner !== null,
  });
  return (
    <div className="slds-p-around_large">
      <h1 className="slds-text-heading_large slds-m-bottom_medium">Loads</h1>
      {loads.isPending && <p role="status">Reading your loads…</p>}
      {loads.isError && (
        <p role="alert" className="slds-text-color_error">
          Your loads could not be read from this browser’s storage: {loads.error.message}
        </p>
      )}
      {loads.isSuccess && loads.data.length === 0 && (
        <p>
          No loads yet. Loads you run from this browser will be listed here.{' '}
          <Link to="/loads/new">Start a new load</Link>.
        </p>
      )}
      {loads.isSuccess && loads.data.length > 0 && (
        <table className="slds-table slds-table_bordered slds-table_cell-buffer">
          <caption className="slds-assistive-text">Your loads in this org</caption>
          <thead>
            <tr>
              <th scope="col">Load</th>
              <th scope="col">Rows</th>
              <th scope="col">Jobs</th>
              <th scope="col">Status</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {loads.data.map((load) => (
              <tr key={load.loadId}>
                <th scope="row">
                  <Link to={`/loads/${load.loadId}`}>
                    {load.operation} {load.object} from {load.file.name}
                  </Link>
                </th>
                <td>{load.rowCount.toLocaleString('en-US')}</td>
                <td>{load.plannedJobs}</td>
                <td>{STATUS_WORDS[load.status]}</td>
                <td>{new Date(load.createdAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
