import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import DashboardPage from './pages/DashboardPage';
import NotFoundPage from './pages/NotFoundPage';
import { paths } from './paths';
import { pages } from './routing/page-modules';
import { LazyPage, PlatformRoute } from './routing/lazy-routes';

/**
 * Routes as data; everything but the dashboard loads on first use. Plain (declarative) routing:
 * the data router's loaders would cost 22 KB gzip, more than this whole app's own code, and
 * `preloadRoute` already starts a deep link's code and entries before React starts.
 */
const routes: RouteObject[] = [
  {
    path: paths.home.path,
    element: <Layout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: paths.platform.path, element: <PlatformRoute /> },
      { path: paths.settings.path, element: <LazyPage page={pages.settings} /> },
      { path: paths.search.path, element: <LazyPage page={pages.search} /> },
      { path: paths.due.path, element: <LazyPage page={pages.due} /> },
      { path: paths.report.path, element: <LazyPage page={pages.report} /> },
      { path: paths.changes.path, element: <LazyPage page={pages.changes} /> },
      { path: paths.guided.path, element: <LazyPage page={pages.guided} /> },
      { path: paths.profiles.path, element: <LazyPage page={pages.profiles} /> },
      { path: paths.checklist.path, element: <LazyPage page={pages.checklist} /> },
      { path: paths.makeChecklist.path, element: <LazyPage page={pages.makeChecklist} /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
