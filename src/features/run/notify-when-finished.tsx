/**
 * "Notify me when it finishes": asks for the browser's permission on the user's click (never on
 * page load) and says what will happen; watched-load-runs.ts shows the notification itself, on
 * whatever page of the console the user is when the load ends.
 */
import { useNotificationPermission } from './use-finished-notification';

export function NotifyWhenFinished() {
  const [permission, request] = useNotificationPermission();
  switch (permission) {
    case 'unsupported':
      return null;
    case 'default':
      return (
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() => void request()}
        >
          Notify me when it finishes
        </button>
      );
    case 'granted':
      return (
        <p className="slds-text-color_weak">
          A browser notification will tell you when the load finishes.
        </p>
      );
    case 'denied':
      return (
        <p className="slds-text-color_weak">
          Notifications are blocked for this site; the tab&apos;s title shows when the load is done.
        </p>
      );
  }
}
