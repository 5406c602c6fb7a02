import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSalesforce } from '../salesforce/salesforce-context';

/** Revokes the token, forgets the session and every cached answer, and goes to Connect. */
export function SignOutButton() {
  const { sessions } = useSalesforce();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  async function signOut() {
    setSigningOut(true);
    await sessions.signOut();
    queryClient.clear();
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
