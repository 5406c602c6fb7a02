import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { connectPathFor } from '../lib/return-to';
import { useSessionState } from '../salesforce/salesforce-context';

/** Pages that need an org send a signed-out user to Connect, and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSessionState();
  const { pathname, search, hash } = useLocation();
  if (state.status === 'signed-out') {
    return <Navigate to={connectPathFor(`${pathname}${search}${hash}`)} replace />;
  }
  return children;
}

/** `/`: the next step for whoever arrives. */
export function HomeRedirect() {
  const state = useSessionState();
  return <Navigate to={state.status === 'signed-out' ? '/connect' : '/loads/new'} replace />;
}
