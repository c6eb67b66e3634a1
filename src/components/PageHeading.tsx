import type { ReactNode } from 'react';

/** The page's h1; focusable so focus can move to it after a route change. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
