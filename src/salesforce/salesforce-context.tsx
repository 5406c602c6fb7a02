import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SalesforceServices } from './salesforce-services';
import type { SessionState } from './session/session-store';

const SalesforceContext = createContext<SalesforceServices | null>(null);

export function SalesforceProvider(props: { services: SalesforceServices; children: ReactNode }) {
  return <SalesforceContext value={props.services}>{props.children}</SalesforceContext>;
}

export function useSalesforce(): SalesforceServices {
  const services = useContext(SalesforceContext);
  if (!services) throw new Error('useSalesforce needs a SalesforceProvider above it.');
  return services;
}

/** The session state, re-rendering on sign-in, refresh, expiry and sign-out. */
export function useSessionState(): SessionState {
  const { store } = useSalesforce().sessions;
  return useSyncExternalStore(store.subscribe, store.getState);
}
