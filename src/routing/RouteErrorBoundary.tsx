import type { ReactNode } from 'react';
import RouteError from '../pages/RouteError';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * A page that throws while rendering, or whose code or entries cannot load, shows the plain error
 * message inside the layout, so the navigation and the storage banners stay. Keyed by path where it
 * is used, so moving on clears it.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={<RouteError />}>{children}</ErrorBoundary>;
}
