/**
 * The app's tab title while a load runs in this tab and the user browses other pages: the load's
 * progress, then its end until the user opens it; a load page keeps its own title; signing out
 * stops watching.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Link, MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LoadRunSnapshot } from '../features/run/load-run-types';
import { jobView, snapshotOf } from '../features/run/test-support/load-run-snapshots';
import { snapshotControls } from '../features/run/test-support/snapshot-controls';
import { forgetWatchedLoadRuns, watchLoadRun } from '../features/run/watched-load-runs';
import { useRunningLoadsTitle } from './use-running-loads-title';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
  forgetWatchedLoadRuns();
});

function Shell(props: { signedIn: boolean }) {
  useRunningLoadsTitle(props.signedIn);
  return (
    <>
      <nav>
        <Link to="/loads">Loads</Link> <Link to="/loads/load-7">Load 7</Link>{' '}
        <Link to="/loads/new">New load</Link>
      </nav>
      <Outlet />
    </>
  );
}

function render(signedIn: boolean) {
  root ??= createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <MemoryRouter initialEntries={['/loads']}>
        <Routes>
          <Route element={<Shell signedIn={signedIn} />}>
            <Route path="loads" element={<p>Your loads</p>} />
            <Route path="loads/new" element={<p>New load page</p>} />
            <Route path="loads/:loadId" element={<p>A load page</p>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </StrictMode>,
  );
}

const snapshot = (processed: number, finished = false): LoadRunSnapshot => ({
  ...snapshotOf(
    [
      jobView(0, {
        jobId: '750000000000001AAA',
        attemptState: finished ? 'terminal' : 'closed',
        jobState: finished ? 'JobComplete' : 'InProgress',
        processed,
      }),
    ],
    finished ? { status: 'finished' } : {},
  ),
  loadId: 'load-7',
});

describe('the tab title on pages other than the load', () => {
  it('follows a running load, then says it is done; a load page keeps its own title', async () => {
    document.title = 'Forklift';
    const run = snapshotControls(snapshot(250));
    watchLoadRun(run.controls, {
      title: 'Upsert Contacts from c.csv',
      tabTitle: 'Upsert Contacts',
    });
    render(true);
    await expect.element(page.getByText('Your loads')).toBeVisible();
    await expect.poll(() => document.title).toBe('25% · Upsert Contacts — Forklift');
    run.publish(snapshot(600));
    await expect.poll(() => document.title).toBe('60% · Upsert Contacts — Forklift');

    await userEvent.click(page.getByRole('link', { name: 'New load' }));
    await expect.element(page.getByText('New load page')).toBeVisible();
    expect(document.title).toBe('60% · Upsert Contacts — Forklift');

    // The load page shows its own load (LoadRunScreen sets the title there).
    await userEvent.click(page.getByRole('link', { name: 'Load 7' }));
    await expect.element(page.getByText('A load page')).toBeVisible();
    // The title follows in an effect, after the page is on screen.
    await expect.poll(() => document.title).toBe('Forklift');

    await userEvent.click(page.getByRole('link', { name: 'Loads' }));
    await expect.poll(() => document.title).toBe('60% · Upsert Contacts — Forklift');
    run.publish(snapshot(1000, true));
    await expect.poll(() => document.title).toBe('Done · Upsert Contacts — Forklift');
  });

  it('shows the page’s own title when no load runs, and forgets the loads once signed out', async () => {
    document.title = 'Forklift';
    render(true);
    await expect.element(page.getByText('Your loads')).toBeVisible();
    expect(document.title).toBe('Forklift');

    const run = snapshotControls(snapshot(100));
    watchLoadRun(run.controls, {
      title: 'Upsert Contacts from c.csv',
      tabTitle: 'Upsert Contacts',
    });
    await expect.poll(() => document.title).toBe('10% · Upsert Contacts — Forklift');
    render(false);
    await expect.poll(() => document.title).toBe('Forklift');
    expect(run.listeners.size).toBe(0);
    render(true);
    await expect.element(page.getByText('Your loads')).toBeVisible();
    expect(document.title).toBe('Forklift');
  });
});
