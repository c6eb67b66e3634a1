import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';

/**
 * The one way a page loads on first use: `React.lazy` behind a Suspense boundary that shows the
 * skeleton while its code arrives. A prerendered page is hydrated the same way: React keeps the
 * page's server markup on screen until the code is there. A failed load is caught by the layout's
 * error boundary.
 */
export function lazyPage<Props extends object>(load: () => Promise<{ default: ComponentType<Props> }>) {
  const Page = lazy(load);
  return function LazyPage(props: Props) {
    return (
      <Suspense fallback={<Loading />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
