import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { registerServiceWorker } from './pwa';
import type { AppStore } from './store/store';

/**
 * Hydrates the page prerendered for this path (`scripts/prerender-plugin.ts` marks the root with
 * it), or renders afresh where the server answered with another route's page (an unknown path
 * falls back to the dashboard's HTML), under the locale's basename (`/de`, or `/`). Then, once stored
 * progress has been read (`storedProgress`, the store's `hydrate()`) and the page is idle, registers the
 * service worker.
 */
export function start(store: AppStore, basename: string, storedProgress: Promise<void>): void {
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <BrowserRouter basename={basename}>
        <App store={store} />
      </BrowserRouter>
    </StrictMode>
  );
  if (root.dataset.prerendered === location.pathname) hydrateRoot(root, app);
  else createRoot(root).render(app);
  registerServiceWorker(() => store.getState().flushNotes(), storedProgress);
}
