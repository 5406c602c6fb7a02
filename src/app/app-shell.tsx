import { Outlet } from 'react-router';
import { SessionEndedPrompt } from '../features/connect/session-ended-prompt';
import { useSessionState } from '../salesforce/salesforce-context';
import { GlobalHeader } from './global-header';
import { useRunningLoadsTitle } from './use-running-loads-title';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * Skip link, banner, and the page; a session that ended is announced above the page, and a load
 * running in this tab shows in its title whatever the page.
 */
export function AppShell() {
  const state = useSessionState();
  useRunningLoadsTitle(state.status !== 'signed-out');
  return (
    <>
      <a
        className="slds-assistive-text slds-assistive-text_focus forklift-skip-link"
        href={`#${MAIN_CONTENT_ID}`}
      >
        Skip to main content
      </a>
      <GlobalHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="forklift-main">
        {state.status === 'expired' && <SessionEndedPrompt ended={state.ended} />}
        <Outlet />
      </main>
    </>
  );
}
