import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import NotFoundPage from './pages/NotFoundPage';
import { paths } from './paths';
import {
  ChangesPage, ChecklistPage, DashboardPage, DuePage, GuidedPage, MakeChecklistPage, PlatformRoute, ProfilesPage, ReportPage, SearchPage, SettingsPage,
} from './routing/pages';

/**
 * Routes as data; every page but the not-found page loads on first use (`routing/pages.tsx`). Plain
 * (declarative) routing: the data router's loaders would cost 22 KB gzip, more than this whole
 * app's own code, and every page arrives prerendered, so there is nothing to load before it shows.
 */
const routes: RouteObject[] = [
  {
    path: paths.home.path,
    element: <Layout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: paths.platform.path, element: <PlatformRoute /> },
      { path: paths.settings.path, element: <SettingsPage /> },
      { path: paths.search.path, element: <SearchPage /> },
      { path: paths.due.path, element: <DuePage /> },
      { path: paths.report.path, element: <ReportPage /> },
      { path: paths.changes.path, element: <ChangesPage /> },
      { path: paths.guided.path, element: <GuidedPage /> },
      { path: paths.profiles.path, element: <ProfilesPage /> },
      { path: paths.checklist.path, element: <ChecklistPage /> },
      { path: paths.makeChecklist.path, element: <MakeChecklistPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
