import { useEffect, useRef, type ReactNode } from 'react';
import { pageTitle } from './page-title';

/**
 * The page's h1; focusable so focus can move to it after a route change. It also names the tab: by
 * `title` where the page has a title of its own, else by the heading — as the prerendered page does
 * (`src/entry-server.tsx`), so a page reached inside the app reads the same as one opened directly.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title ?? pageTitle(heading.current?.textContent ?? '');
  });
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
