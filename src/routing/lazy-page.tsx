import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';
import { withWords } from '../i18n/load-locale';

/**
 * The one way a page loads on first use: `React.lazy` behind a Suspense boundary that shows the
 * skeleton while its code arrives. A prerendered page is hydrated the same way: React keeps the
 * page's server markup on screen until the code — and its words in the page's language — are there. A failed load is caught by the layout's
 * error boundary.
 */
export function lazyPage<Props extends object>(load: () => Promise<{ default: ComponentType<Props> }>) {
  const Page = lazy(() => withWords(load()));
  return function LazyPage(props: Props) {
    return (
      <Suspense fallback={<Loading />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
