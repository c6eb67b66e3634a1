import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../App';
import { routes } from '../routes';
import type { AppStore } from '../store/store';

/** Renders the whole app at `path` over the given store, as a person would meet it. */
export function renderApp(store: AppStore, path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<App store={store} router={router} />) };
}
