/**
 * A browser notification when the load finishes, for a user who looked away (or went to another
 * page of the console: watched-load-runs.ts announces the end from outside React). Permission is
 * asked only when the user presses "Notify me when it finishes" (browsers ignore or block requests
 * that come without a user gesture), never on page load.
 */
import { useState } from 'react';
import type { LoadRunSnapshot, LoadRunStatus } from './load-run-types';
import { formatCount } from '../../lib/format-numbers';
import { loadWasAborted } from './load-run-words';

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
 * Follows one load's snapshots and says when its end is news: the first `finished` snapshot
 * after one under way. A load that was already finished when it was first seen is no news.
 */
export class FinishedWatch {
  private underWay = false;
  private ended = false;

  /** True for the one snapshot that ends a load seen under way. */
  see(status: LoadRunStatus): boolean {
    if (isUnderWay(status)) this.underWay = true;
    if (status !== 'finished' || !this.underWay || this.ended) return false;
    this.ended = true;
    return true;
  }

  /** The load was seen running (its end, if any, came while it was watched). */
  get sawUnderWay(): boolean {
    return this.underWay;
  }
}

/** The notification's title: "Upsert Contacts from c.csv: finished" (or aborted). */
export function finishedNotificationTitle(title: string, snapshot: LoadRunSnapshot): string {
  return `${title}: ${loadWasAborted(snapshot) ? 'aborted' : 'finished'}`;
}

/** Shows the notification of a load's end, if the user allowed notifications. */
export function showFinishedNotification(snapshot: LoadRunSnapshot, text: string): void {
  if (notificationPermission() !== 'granted') return;
  new Notification(text, {
    body: finishedNotificationBody(snapshot),
    tag: `forklift-load-${snapshot.loadId}`,
  });
}
