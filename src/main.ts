/**
 * The entry, small on purpose: it starts what the first screen waits for (the stored progress, and
 * a deep link's page code and entries) and loads the interface alongside, so these arrive side by
 * side instead of one after another. See `start.tsx` for the interface itself.
 */
import { openPersistence } from './store/persistence';
import { createAppStore } from './store/store';
import { openChannel } from './store/sync';
import { openJournal } from './store/journal';
import { openTabProfile } from './store/tab-profile';
import { keepsNothing, onDevice } from './store/visit';
import { preloadRoute } from './routing/page-modules';
import { settledWithin } from './routing/arrival';
import { preloadParts } from './routing/parts';
import { applyTheme, rememberedTheme } from './theme';
import { splitLocale } from './i18n/url-locale';
import { loadLocale, loadWords } from './i18n/load-locale';
import './styles.css';

// Fetches first: a fresh profile's first localStorage access (theme, journal) can block for tens of ms.
const ui = import('./start');
const { locale, path, basename } = splitLocale(location.pathname);
void loadLocale(locale);
const route = preloadRoute(path);
document.documentElement.lang = locale;

const nothingKept = keepsNothing();
const kept = onDevice(nothingKept);
applyTheme(rememberedTheme(), !nothingKept);
const store = createAppStore({
  storage: kept(() => openPersistence()), channel: kept(() => openChannel()), journal: kept(() => openJournal()), tab: kept(() => openTabProfile()), nothingKept,
});
// The stored choice wins once loaded, and follows changes made in other tabs.
store.subscribe((state, previous) => {
  if (state.hydrated && (state.prefs.theme !== previous.prefs.theme || !previous.hydrated)) applyTheme(state.prefs.theme, !nothingKept);
});
// Once stored progress is in memory (not waiting for the visit's own record to be written), the
// notices it calls for (a re-audit reminder, a storage warning) start loading too.
const hydrated = new Promise<void>((resolve) => {
  const stop = store.subscribe((state) => {
    if (!state.hydrated) return;
    stop();
    resolve();
  });
}).then(() => Promise.allSettled(preloadParts(store.getState()).map((part) => part.promise)));
void store.getState().hydrate();

// A half-typed note must survive a closed tab: save it as the page goes away.
const flushNotes = () => void store.getState().flushNotes();
addEventListener('pagehide', flushNotes);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushNotes();
});

// The first render waits (a little) for the page's own code, the stored progress and its notices,
// so the page appears once, whole and usable, rather than as a skeleton and then again.
// The locale's words come after the interface's code, whose message modules say which features to fetch.
const words = ui.then(() => loadWords());
void Promise.all([ui, settledWithin([...route.map((a) => a.promise), hydrated, words], 1000)]).then(([{ start }]) => start(store, basename));
