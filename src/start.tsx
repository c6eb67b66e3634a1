import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { registerServiceWorker } from './pwa';
import type { AppStore } from './store/store';

/** Renders the interface over the store `main.ts` made, then (once the page is idle) registers the service worker. */
export function start(store: AppStore): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <App store={store} />
      </BrowserRouter>
    </StrictMode>,
  );
  void registerServiceWorker(() => store.getState().flushNotes());
}
