import { lazy, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { Outlet, useLocation } from 'react-router';
import { t } from '../i18n/common-messages';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { updateState } from '../pwa';
import { useAppStore } from '../store/hooks';
import { OnDemand } from './OnDemand';
import { LanguageOffer } from './LanguageOffer';
import { LanguagePicker } from './LanguagePicker';
import { withWords } from '../i18n/load-locale';
import { SiteHeader } from './SiteHeader';
import { withCatalogue } from './with-catalogue';
import { useRequestPersistenceAfterFirstTick } from './use-persistent-storage';
import type { AppState } from '../store/store';

const UpdatePrompt = lazy(() => withWords(import('./UpdatePrompt')));
const StorageBanner = lazy(() => withWords(import('./StorageBanner')));
const DueReminders = lazy(() => withWords(withCatalogue(import('./DueReminders'))));
const NothingKeptBanner = lazy(() => withWords(import('./NothingKeptBanner')));
const UndoToast = lazy(() => withWords(withCatalogue(import('./UndoToast'))));
// Memory-only by the person's own choice is said by the nothing-kept banner instead.
const needsStorageNotices = (s: AppState) => (s.storage.kind !== 'ok' && !s.nothingKept) || s.setAside.length > 0;
const needsNothingKeptBanner = (s: AppState) => s.nothingKept;
const needsUndoToast = (s: AppState) => s.lastChange !== undefined;
const needsDueReminders = (s: AppState) => s.hydrated && Object.keys(s.checks).length > 0;

/**
 * Moves focus to the new page's heading after a route change, so keyboard and screen-reader users
 * land on it. A page whose code is still loading has no heading yet: focus moves when it appears.
 */
function useFocusHeadingOnNavigate(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const focusHeading = () => {
      const heading = main?.querySelector<HTMLElement>('h1');
      heading?.focus();
      return heading !== undefined && heading !== null;
    };
    if (!main || focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);
}

/** Printing shows every step and caveat: closed <details> would otherwise print as one line. */
function useOpenDetailsForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll('details:not([open])')].filter((d): d is HTMLDetailsElement => d instanceof HTMLDetailsElement);
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
}

export function Layout() {
  const { pathname } = useLocation();
  useFocusHeadingOnNavigate(pathname);
  useOpenDetailsForPrint();
  useRequestPersistenceAfterFirstTick();
  const updateReady = useStore(updateState, (s) => s.ready);
  const storageNotices = useAppStore(needsStorageNotices);
  const dueReminders = useAppStore(needsDueReminders);
  const nothingKept = useAppStore(needsNothingKeptBanner);
  const undoToast = useAppStore(needsUndoToast);
  return (
    <>
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <LanguageOffer />
        <OnDemand when={updateReady} part={UpdatePrompt} />
        <OnDemand when={nothingKept} part={NothingKeptBanner} />
        <OnDemand when={storageNotices} part={StorageBanner} />
        <OnDemand when={dueReminders} part={DueReminders} />
        <RouteErrorBoundary key={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('footer.local')}</p>
        <LanguagePicker />
      </footer>
      <div className="toast-region" role="status" aria-live="polite">
        <OnDemand when={undoToast} part={UndoToast} />
      </div>
    </>
  );
}
