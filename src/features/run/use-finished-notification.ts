/**
 * A browser notification when the load finishes, for a user who looked away. Permission is asked
 * only when the user presses "Notify me when it finishes" (browsers ignore or block requests that
 * come without a user gesture), never on page load.
 */
import { useEffect, useRef, useState } from 'react';
import type { LoadRunSnapshot, LoadRunStatus } from './load-run-types';
import { formatCount } from '../../lib/format-numbers';

export type NotificationPermissionState = NotificationPermission | 'unsupported';

function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

export function notificationPermission(): NotificationPermissionState {
  return notificationsSupported() ? Notification.permission : 'unsupported';
}

/** Call from a click handler only. */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (!notificationsSupported()) return 'unsupported';
  return Notification.requestPermission();
}

/** The permission, and a function for the button that asks for it. */
export function useNotificationPermission(): [NotificationPermissionState, () => Promise<void>] {
  const [permission, setPermission] = useState(notificationPermission);
  const request = async () => setPermission(await requestNotificationPermission());
  return [permission, request];
}

export function finishedNotificationBody(snapshot: LoadRunSnapshot): string {
  const { succeeded, failed, totalRows, processed } = snapshot.progress;
  const unprocessed = Math.max(0, totalRows - processed);
  const parts = [`${formatCount(succeeded)} succeeded`, `${formatCount(failed)} failed`];
  if (unprocessed > 0) parts.push(`${formatCount(unprocessed)} not processed`);
  return `${parts.join(', ')}.`;
}

/** A status the load passes through while it still runs in this page. */
const isUnderWay = (status: LoadRunStatus) => status !== 'starting' && status !== 'finished';

/**
 * Shows one notification when the snapshot's status becomes `finished`, if the user allowed
 * notifications. A load that was already finished when the page opened notifies nobody.
 */
export function useFinishedNotification(snapshot: LoadRunSnapshot | null, text: string): void {
  const seenUnderWay = useRef(false);
  const notified = useRef(false);
  const status = snapshot?.status ?? null;
  useEffect(() => {
    if (!snapshot || status === null) return;
    if (isUnderWay(status)) seenUnderWay.current = true;
    if (status !== 'finished' || !seenUnderWay.current || notified.current) return;
    notified.current = true;
    if (notificationPermission() !== 'granted') return;
    new Notification(text, {
      body: finishedNotificationBody(snapshot),
      tag: `forklift-load-${snapshot.loadId}`,
    });
  }, [snapshot, status, text]);
}
