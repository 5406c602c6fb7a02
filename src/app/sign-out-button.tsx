import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { forgetAllPreparedJobs } from '../lib/prepared-loads';
import { forgetAllSourceFiles } from '../lib/source-files';
import { useSalesforce } from '../salesforce/salesforce-context';
import { stopAllLoadRuns } from './load-runs';

/**
 * Revokes the token and forgets the session, every cached answer (describe, jobs), the loads
 * being watched and the files and prepared rows held in this page, then goes to Connect. The
 * org's jobs keep running in Salesforce; IndexedDB history stays (it is keyed by org and user).
 */
export function SignOutButton() {
  const { sessions } = useSalesforce();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  async function signOut() {
    setSigningOut(true);
    stopAllLoadRuns();
    await sessions.signOut();
    queryClient.clear();
    forgetAllPreparedJobs();
    forgetAllSourceFiles();
    setSigningOut(false);
    await navigate('/connect', { replace: true });
  }

  return (
    <button
      type="button"
      className="slds-button slds-button_neutral"
      disabled={signingOut}
      onClick={() => void signOut()}
    >
      Sign out
    </button>
  );
}
