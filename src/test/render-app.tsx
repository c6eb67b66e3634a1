import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import type { AppStore } from '../store/store';

/** Renders the whole app at `path` over the given store, as a person would meet it. */
export function renderApp(store: AppStore, path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App store={store} />
    </MemoryRouter>,
  );
}
