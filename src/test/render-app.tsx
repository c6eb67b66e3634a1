import { act, render, waitFor, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import type { AppStore } from '../store/store';
import { activeLocale } from '../i18n/translate';
import { pageReady } from '../routing/pages';

/**
 * Renders the whole app at `path` over the given store, as a person would meet it: started as
 * `main.ts` starts it (once what the page reads first is in), and shown once the page's own code has
 * loaded, that is, once no skeleton is left on screen. (Rendered in an awaited `act`: React only
 * retries a suspended lazy page there.)
 */
export async function renderApp(store: AppStore, path = '/') {
  await pageReady(path, activeLocale());
  let view: RenderResult | undefined;
  await act(async () => {
    view = render(
      <MemoryRouter initialEntries={[path]}>
        <App store={store} />
      </MemoryRouter>,
    );
  });
  const { container } = view!;
  await waitFor(() => {
    if (container.querySelector('[aria-busy="true"]')) throw new Error('still loading');
  }, { timeout: 10_000 });
  return view!;
}
