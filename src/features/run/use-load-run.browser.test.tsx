import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LoadRunControls, LoadRunSnapshot } from './load-run-types';
import { LoadRunScreen } from './load-run-screen';
import { NotifyWhenFinished } from './notify-when-finished';
import { jobView, snapshotOf } from './test-support/load-run-snapshots';
import { snapshotControls } from './test-support/snapshot-controls';
import { useLoadRun } from './use-load-run';
import { usePollOnVisible } from './use-poll-on-visible';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function render(element: ReactNode) {
  root ??= createRoot(document.body.appendChild(document.createElement('div')));
  root.render(<StrictMode>{element}</StrictMode>);
}

const running = (processed: number) =>
  snapshotOf([
    jobView(0, {
      jobId: '750000000000001AAA',
      attemptState: 'closed',
      jobState: 'InProgress',
      processed,
    }),
  ]);

function Watcher(props: { controls: LoadRunControls | null }) {
  const snapshot = useLoadRun(props.controls);
  usePollOnVisible(props.controls);
  return <p>{snapshot ? `${snapshot.status}: ${snapshot.progress.processed}` : 'No load'}</p>;
}

class RecordedNotification {
  static permission: NotificationPermission = 'granted';
  static shown: { title: string; body: string | undefined }[] = [];
  static requestPermission = vi.fn(async () => RecordedNotification.permission);
  constructor(title: string, options?: NotificationOptions) {
    RecordedNotification.shown.push({ title, body: options?.body });
  }
}

/** The notification itself is watched-load-runs.ts's (its own tests); here, the permission. */
function Notifier(props: { snapshot: LoadRunSnapshot }) {
  return (
    <>
      <p>Load status: {props.snapshot.status}</p>
      <NotifyWhenFinished />
    </>
  );
}

describe('watching a running load', () => {
  it('re-renders on every published snapshot and stops listening when unmounted', async () => {
    const store = snapshotControls(running(100));
    render(<Watcher controls={store.controls} />);
    await expect.element(page.getByText('running: 100')).toBeVisible();
    store.publish(running(450));
    await expect.element(page.getByText('running: 450')).toBeVisible();
    render(<Watcher controls={null} />);
    await expect.element(page.getByText('No load')).toBeVisible();
    expect(store.listeners.size).toBe(0);
  });

  it('polls at once when the tab becomes visible again', async () => {
    const store = snapshotControls(running(100));
    render(<Watcher controls={store.controls} />);
    await expect.element(page.getByText('running: 100')).toBeVisible();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.commands).toEqual(['pollNow']);
    root?.unmount();
    root = undefined;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.commands).toEqual(['pollNow']);
  });
});

describe('the load screen', () => {
  it('hands the commands to the run and explains an abort that failed', async () => {
    document.title = 'Forklift';
    const store = snapshotControls(running(100));
    store.controls.abortAll = () => Promise.reject(new Error('The abort request timed out.'));
    render(
      <LoadRunScreen
        controls={store.controls}
        title="Upsert Contacts from c.csv"
        tabTitle="Upsert Contacts"
      />,
    );
    await expect.poll(() => document.title).toBe('10% · Upsert Contacts — Forklift');
    store.publish(running(450));
    await expect.poll(() => document.title).toBe('45% · Upsert Contacts — Forklift');
    await userEvent.click(page.getByRole('button', { name: 'Abort job 1' }));
    expect(store.commands).toEqual(['abortJob 0']);
    await userEvent.click(page.getByRole('button', { name: 'Abort the whole load' }));
    await userEvent.click(page.getByRole('button', { name: 'Yes, abort the load' }));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/The abort did not go through.*The abort request timed out\./);
  });

  it('says which job stopped and why, and hands Try again to the run', async () => {
    const failure = {
      errorCode: 'REQUEST_ENTITY_TOO_LARGE',
      message: 'Request body exceeds the proxy limit',
      explanation: 'Salesforce refused the upload of this job (HTTP 413).',
      whatToDo: 'Lower the job size limit, then use Try again.',
    };
    const stopped = {
      ...snapshotOf([
        jobView(0, { attempt: 0, attemptState: 'abandoned', stopped: true, failure }),
        jobView(1, { jobId: 'j1', attemptState: 'closed', jobState: 'InProgress' }),
      ]),
      needsAttention: true,
    };
    const store = snapshotControls(stopped);
    render(<LoadRunScreen controls={store.controls} title="Insert Contacts" tabTitle="Insert" />);
    const panel = page.getByRole('region', { name: 'The load needs your attention' });
    await expect
      .element(panel)
      .toHaveTextContent(/Job 1.*HTTP 413.*Salesforce error REQUEST_ENTITY_TOO_LARGE/);
    await userEvent.click(panel.getByRole('button', { name: 'Try again' }));
    expect(store.commands).toEqual(['tryAgain']);
    store.publish({ ...stopped, needsAttention: false });
    await expect.element(panel).not.toBeInTheDocument();
    // The button went with its panel: focus is on the load's heading, not lost to the page.
    await expect.element(page.getByRole('heading', { name: 'Insert Contacts' })).toHaveFocus();
  });

  it('shows a load another tab runs without offering to abort it', async () => {
    const store = snapshotControls({ ...running(100), elsewhere: true });
    render(<LoadRunScreen controls={store.controls} title="Insert Contacts" tabTitle="Insert" />);
    await expect
      .element(page.getByRole('heading', { name: 'Running in another tab or window' }))
      .toBeInTheDocument();
    expect(page.getByRole('button', { name: 'Abort the whole load' }).query()).toBeNull();
    expect(page.getByRole('button', { name: 'Abort job 1' }).query()).toBeNull();
  });
});

describe('the permission for the notification when the load finishes', () => {
  // Headless Chromium cannot grant the permission nor show a notification: the browser's
  // Notification class is replaced by one that records what would be shown.
  it('asks for permission only when the button is pressed', async () => {
    RecordedNotification.permission = 'default';
    RecordedNotification.requestPermission.mockClear();
    vi.stubGlobal('Notification', RecordedNotification);
    render(<Notifier snapshot={running(10)} />);
    const button = page.getByRole('button', { name: 'Notify me when it finishes' });
    await expect.element(button).toBeVisible();
    expect(RecordedNotification.requestPermission).not.toHaveBeenCalled();
    RecordedNotification.permission = 'granted';
    await userEvent.click(button);
    expect(RecordedNotification.requestPermission).toHaveBeenCalledOnce();
    await expect
      .element(page.getByText('A browser notification will tell you when the load finishes.'))
      .toBeVisible();
  });
});
