import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './App';
import { routes } from './routes';
import { openPersistence } from './store/persistence';
import { createAppStore } from './store/store';
import { openChannel } from './store/sync';
import { openJournal } from './store/journal';
import { registerServiceWorker } from './pwa';
import { applyTheme, rememberedTheme } from './theme';
import './styles.css';

applyTheme(rememberedTheme());
const store = createAppStore({ storage: openPersistence(), channel: openChannel(), journal: openJournal() });
// The stored choice wins once loaded, and follows changes made in other tabs.
store.subscribe((state, previous) => {
  if (state.hydrated && (state.prefs.theme !== previous.prefs.theme || !previous.hydrated)) applyTheme(state.prefs.theme);
});
void store.getState().hydrate();

// A half-typed note must survive a closed tab: save it as the page goes away.
const flushNotes = () => void store.getState().flushNotes();
addEventListener('pagehide', flushNotes);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushNotes();
});

void registerServiceWorker(() => store.getState().flushNotes());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} router={createBrowserRouter(routes)} />
    </StrictMode>,
  );
}
