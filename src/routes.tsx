import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import DashboardPage from './pages/DashboardPage';
import NotFoundPage from './pages/NotFoundPage';
import RouteError from './pages/RouteError';
import { platformLoader } from './pages/platform-loader';
import { paths } from './paths';
import { Loading } from './components/Loading';

/** Routes as data; everything but the dashboard loads on first use. */
export const routes: RouteObject[] = [
  {
    path: paths.home.path,
    element: <Layout />,
    // Shown while a lazily loaded route arrives on a direct visit (before the router's first render).
    HydrateFallback: Loading,
    children: [
      {
        // Errors render inside the layout, so navigation and the storage banners stay.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: paths.platform.path, loader: platformLoader, lazy: async () => ({ Component: (await import('./pages/PlatformPage')).default }) },
          { path: paths.settings.path, lazy: async () => ({ Component: (await import('./pages/SettingsPage')).default }) },
          { path: paths.search.path, lazy: async () => ({ Component: (await import('./pages/SearchPage')).default }) },
          { path: paths.due.path, lazy: async () => ({ Component: (await import('./pages/DuePage')).default }) },
          { path: paths.report.path, lazy: async () => ({ Component: (await import('./pages/ReportPage')).default }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
