/**
 * Polls every running job as soon as the tab is visible again (design.md §4): a background tab's
 * timers are throttled, so the numbers may be minutes old when the user comes back.
 */
import { useEffect } from 'react';
import type { LoadRunControls } from './load-run-types';

export function usePollOnVisible(controls: LoadRunControls | null): void {
  useEffect(() => {
    if (!controls) return;
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') controls.pollNow();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [controls]);
}
