/**
 * A run watched outside React: its end is announced once, whatever page is open (the load page
 * may be gone by then), never again when the load page opens afterwards; an aborted load says so
 * in the notification and in the tab title; the user's Continue after the trial is stored before
 * the run is told.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { JobView, LoadRunSnapshot } from './load-run-types';
import { LoadRunScreen } from './load-run-screen';
import { jobView, snapshotOf } from './test-support/load-run-snapshots';
import { snapshotControls } from './test-support/snapshot-controls';
import { backgroundLoadTitle, forgetWatchedLoadRuns, watchLoadRun } from './watched-load-runs';

let root: Root | undefined;
function render(element: ReactNode) {
  root ??= createRoot(document.body.appendChild(document.createElement('div')));
  root.render(<StrictMode>{element}</StrictMode>);
}
function leavePage() {
  root?.unmount();
  root = undefined;
}

/** Headless Chromium shows no notification: the class is replaced by one that records them. */
class RecordedNotification {
  static permission: NotificationPermission = 'granted';
  static shown: { title: string; body: string | undefined }[] = [];
  static requestPermission = vi.fn(async () => RecordedNotification.permission);
  constructor(title: string, options?: NotificationOptions) {
    RecordedNotification.shown.push({ title, body: options?.body });
  }
}

beforeEach(() => {
  RecordedNotification.permission = 'granted';
  RecordedNotification.shown = [];
  vi.stubGlobal('Notification', RecordedNotification);
  document.title = 'Forklift';
});
afterEach(() => {
  leavePage();
  document.body.replaceChildren();
  forgetWatchedLoadRuns();
  vi.unstubAllGlobals();
});

let loads = 0;
/** A load id of its own per test: the ends announced are remembered for the page's life. */
const newLoadId = () => `watched-load-${Date.now()}-${loads++}`;

const job = (overrides: Partial<JobView>) =>
  jobView(0, { jobId: '750000000000001AAA', attemptState: 'closed', ...overrides });
const running = (loadId: string, processed: number): LoadRunSnapshot => ({
  ...snapshotOf([job({ jobState: 'InProgress', processed })]),
  loadId,
});
const finished = (loadId: string, processed: number, failed = 0): LoadRunSnapshot => ({
  ...snapshotOf([job({ attemptState: 'terminal', jobState: 'JobComplete', processed, failed })], {
    status: 'finished',
  }),
  loadId,
});
const aborted = (loadId: string, processed: number): LoadRunSnapshot => ({
  ...snapshotOf([job({ attemptState: 'terminal', jobState: 'Aborted', processed })], {
    status: 'finished',
    abortRequested: true,
  }),
  loadId,
});

const TITLE = 'Upsert Contacts from contacts.csv';
const screen = (controls: ReturnType<typeof snapshotControls>['controls']) => (
  <LoadRunScreen controls={controls} title={TITLE} tabTitle="Upsert Contacts" />
);

describe('the end of a watched load', () => {
  it('is announced once while the user is on another page, and not again on the load page', async () => {
    const loadId = newLoadId();
    const run = snapshotControls(running(loadId, 100));
    render(screen(run.controls));
    await expect.poll(() => document.title).toBe('10% · Upsert Contacts — Forklift');
    leavePage();
    expect(document.title).toBe('Forklift');
    expect(backgroundLoadTitle()).toBe('10% · Upsert Contacts — Forklift');

    run.publish(finished(loadId, 1000, 3));
    expect(RecordedNotification.shown).toEqual([
      { title: `${TITLE}: finished`, body: '997 succeeded, 3 failed.' },
    ]);
    // Not seen yet: other pages say it is done until the user opens it.
    expect(backgroundLoadTitle()).toBe('Done · Upsert Contacts — Forklift');

    render(screen(run.controls));
    await expect.poll(() => document.title).toBe('Done · Upsert Contacts — Forklift');
    run.publish(finished(loadId, 1000, 3));
    expect(backgroundLoadTitle()).toBeNull();
    leavePage();

    // The same load watched again by a new run (signed in again): still announced only once.
    const again = snapshotControls(running(loadId, 100));
    render(screen(again.controls));
    await expect.poll(() => document.title).toBe('10% · Upsert Contacts — Forklift');
    again.publish(finished(loadId, 1000, 3));
    await expect.poll(() => document.title).toBe('Done · Upsert Contacts — Forklift');
    expect(RecordedNotification.shown).toHaveLength(1);
  });

  it('is announced while the load page is open too', async () => {
    const loadId = newLoadId();
    const run = snapshotControls(running(loadId, 500));
    render(screen(run.controls));
    await expect.poll(() => document.title).toBe('50% · Upsert Contacts — Forklift');
    run.publish(finished(loadId, 1000));
    await expect.poll(() => document.title).toBe('Done · Upsert Contacts — Forklift');
    expect(RecordedNotification.shown).toEqual([
      { title: `${TITLE}: finished`, body: '1,000 succeeded, 0 failed.' },
    ]);
    expect(backgroundLoadTitle()).toBeNull();
  });

  it('says "aborted" in the notification and the tab title of an aborted load', async () => {
    const loadId = newLoadId();
    const run = snapshotControls(running(loadId, 200));
    render(screen(run.controls));
    await expect.poll(() => document.title).toBe('20% · Upsert Contacts — Forklift');
    run.publish({ ...running(loadId, 200), abortRequested: true });
    await expect.poll(() => document.title).toBe('Aborting · Upsert Contacts — Forklift');
    run.publish(aborted(loadId, 200));
    await expect.poll(() => document.title).toBe('Aborted · Upsert Contacts — Forklift');
    expect(RecordedNotification.shown).toEqual([
      { title: `${TITLE}: aborted`, body: '200 succeeded, 0 failed, 800 not processed.' },
    ]);
  });

  it('is no news for a load that had already ended when it was first watched', async () => {
    const loadId = newLoadId();
    const run = snapshotControls({ ...running(loadId, 0), status: 'starting' });
    watchLoadRun(run.controls, { title: TITLE, tabTitle: 'Upsert Contacts' });
    expect(backgroundLoadTitle()).toBeNull();
    run.publish(aborted(loadId, 0));
    expect(RecordedNotification.shown).toEqual([]);
    expect(backgroundLoadTitle()).toBeNull();
  });

  it('shows nothing to a user who did not allow notifications', () => {
    RecordedNotification.permission = 'default';
    const loadId = newLoadId();
    const run = snapshotControls(running(loadId, 100));
    watchLoadRun(run.controls, { title: TITLE, tabTitle: 'Upsert Contacts' });
    run.publish(finished(loadId, 1000));
    expect(RecordedNotification.shown).toEqual([]);
    expect(backgroundLoadTitle()).toBe('Done · Upsert Contacts — Forklift');
  });

  it('shows the newest load under way before an older one that ended', () => {
    const older = newLoadId();
    const newer = newLoadId();
    const first = snapshotControls(running(older, 100));
    const second = snapshotControls(running(newer, 300));
    watchLoadRun(first.controls, { title: TITLE, tabTitle: 'Upsert Contacts' });
    watchLoadRun(second.controls, { title: 'Insert Accounts', tabTitle: 'Insert Accounts' });
    expect(backgroundLoadTitle()).toBe('30% · Insert Accounts — Forklift');
    second.publish(finished(newer, 1000));
    first.publish(running(older, 600));
    expect(backgroundLoadTitle()).toBe('60% · Upsert Contacts — Forklift');
    forgetWatchedLoadRuns();
    expect(backgroundLoadTitle()).toBeNull();
    first.publish(finished(older, 1000));
    expect(first.listeners.size).toBe(0);
    expect(RecordedNotification.shown.map((n) => n.title)).toEqual(['Insert Accounts: finished']);
  });
});

describe('Continue after the trial', () => {
  const trial = (loadId: string): LoadRunSnapshot => ({
    ...snapshotOf(
      [
        jobView(0, {
          trial: true,
          rows: 10,
          jobId: '750000000000001AAA',
          attemptState: 'terminal',
          jobState: 'JobComplete',
          processed: 10,
        }),
        jobView(1, { rows: 990 }),
      ],
      { status: 'trial-review' },
    ),
    loadId,
  });

  it('is stored before the run is told, and told even when it could not be stored', async () => {
    const run = snapshotControls(trial(newLoadId()));
    const order: string[] = [];
    let store: () => void = () => undefined;
    render(
      <LoadRunScreen
        controls={run.controls}
        title={TITLE}
        tabTitle="Upsert Contacts"
        rememberTrialContinued={() =>
          new Promise<void>((resolve) => {
            order.push('storing');
            store = () => {
              order.push('stored');
              resolve();
            };
          })
        }
      />,
    );
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    expect(order).toEqual(['storing']);
    expect(run.commands).toEqual([]);
    store();
    await expect.poll(() => run.commands).toEqual(['continueAfterTrial']);
    expect(order).toEqual(['storing', 'stored']);

    const broken = snapshotControls(trial(newLoadId()));
    render(
      <LoadRunScreen
        controls={broken.controls}
        title={TITLE}
        tabTitle="Upsert Contacts"
        rememberTrialContinued={() => Promise.reject(new Error('QuotaExceededError'))}
      />,
    );
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await expect.poll(() => broken.commands).toEqual(['continueAfterTrial']);
  });
});
