import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { Outlet, useLocation } from 'react-router';
import { t } from '../i18n/common-messages';
import { RouteErrorBoundary } from '../routing/RouteErrorBoundary';
import { parts, updatePrompt } from '../routing/parts';
import { updateState } from '../pwa';
import { useAppStore } from '../store/hooks';
import { OnDemand } from './OnDemand';
import { UndoToast } from './UndoToast';
import { LanguageOffer } from './LanguageOffer';
import { LanguagePicker } from './LanguagePicker';
import { SiteHeader } from './SiteHeader';
import { useRequestPersistenceAfterFirstTick } from './use-persistent-storage';

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
  const storageNotices = useAppStore(parts.storageNotices.needed);
  const dueReminders = useAppStore(parts.dueReminders.needed);
  const nothingKept = useAppStore(parts.nothingKept.needed);
  return (
    <>
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <LanguageOffer />
        <OnDemand when={updateReady} load={updatePrompt} />
        <OnDemand when={nothingKept} load={parts.nothingKept.load} />
        <OnDemand when={storageNotices} load={parts.storageNotices.load} />
        <OnDemand when={dueReminders} load={parts.dueReminders.load} />
        <RouteErrorBoundary key={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('footer.local')}</p>
        <LanguagePicker />
      </footer>
      <UndoToast />
    </>
  );
}
