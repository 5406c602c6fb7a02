import { Route, Routes } from 'react-router';
import { ConnectPage } from '../features/connect/connect-page';
import { OAuthCallbackPage } from '../features/connect/oauth-callback-page';
import { ReadinessPage } from '../features/connect/readiness-page';
import { useAppConfig } from '../lib/app-config-context';
import { AppShell } from './app-shell';
import { NotFoundPage } from './empty-state-pages';
import { JobPage } from './job-page';
import { LoadPage } from './load-page';
import { LoadsPage } from './loads-page';
import { NewLoadPage } from './new-load-page';
import { OrgJobsPage } from './org-jobs-page';
import { HomeRedirect, RequireSession } from './require-session';

export function AppRoutes() {
  const { redirectPath } = useAppConfig();
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<HomeRedirect />} />
        <Route path="connect" element={<ConnectPage />} />
        <Route path={redirectPath} element={<OAuthCallbackPage />} />
        <Route
          path="loads/new"
          element={
            <RequireSession>
              <NewLoadPage />
            </RequireSession>
          }
        />
        <Route
          path="loads/:loadId"
          element={
            <RequireSession>
              <LoadPage />
            </RequireSession>
          }
        />
        <Route
          path="loads"
          element={
            <RequireSession>
              <LoadsPage />
            </RequireSession>
          }
        />
        <Route
          path="jobs"
          element={
            <RequireSession>
              <OrgJobsPage />
            </RequireSession>
          }
        />
        <Route
          path="jobs/:jobId"
          element={
            <RequireSession>
              <JobPage />
            </RequireSession>
          }
        />
        <Route
          path="readiness"
          element={
            <RequireSession>
              <ReadinessPage />
            </RequireSession>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
