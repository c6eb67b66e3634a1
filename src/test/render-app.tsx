import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { settledWithin } from '../routing/arrival';
import { preloadRoute } from '../routing/page-modules';
import { preloadParts } from '../routing/parts';
import type { AppStore } from '../store/store';

/**
 * Renders the whole app at `path` over the given store, as a person would meet it: like `main.ts`,
 * the first render waits for the page's code and for the notices the stored state calls for.
 */
export async function renderApp(store: AppStore, path = '/') {
  const pathname = new URL(path, 'http://localhost').pathname;
  const loading = [...preloadRoute(pathname), ...preloadParts(store.getState())];
  await settledWithin(loading.map((a) => a.promise), 5000);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App store={store} />
    </MemoryRouter>,
  );
}
