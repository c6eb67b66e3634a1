import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { registerServiceWorker } from './pwa';
import type { AppStore } from './store/store';

/** Renders the interface over the store `main.ts` made, under the locale's basename (`/de`, or `/`), then (once the page is idle) registers the service worker. */
export function start(store: AppStore, basename: string): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter basename={basename}>
        <App store={store} />
      </BrowserRouter>
    </StrictMode>,
  );
  void registerServiceWorker(() => store.getState().flushNotes());
}
