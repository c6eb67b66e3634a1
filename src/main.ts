/**
 * The entry: creates the store, starts reading stored progress, and brings the prerendered page to
 * life (`start.tsx`). The page's words are already on screen from the HTML; its decision controls
 * are disabled in that markup and enable once stored progress has been read.
 */
import { openPersistence } from './store/persistence';
import { createAppStore } from './store/store';
import { openChannel } from './store/sync';
import { openJournal } from './store/journal';
import { openTabProfile } from './store/tab-profile';
import { keepsNothing, onDevice } from './store/visit';
import { applyTheme, rememberedTheme } from './theme';
import { start } from './start';
import { pageReady } from './routing/pages';
import { splitLocale } from './i18n/url-locale';
import { loadLocale } from './i18n/load-locale';
import { textDirection } from './i18n/languages';
import './styles.css';

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
// Resolves once stored progress has been read (the page's controls enable then).
const storedProgress = store.getState().hydrate();

// A half-typed note must survive a closed tab: save it as the page goes away.
const flushNotes = () => void store.getState().flushNotes();
addEventListener('pagehide', flushNotes);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushNotes();
});

// The page was prerendered in the URL's language: its words (for every feature the interface's code
// registered) and what the page itself reads arrive before hydration, so the markup matches and the
// page hydrates in one pass.
const { locale, path, basename } = splitLocale(location.pathname);
document.documentElement.lang = locale;
document.documentElement.dir = textDirection(locale);
void Promise.all([loadLocale(locale), pageReady(path, locale)]).then(() => start(store, basename, storedProgress));
