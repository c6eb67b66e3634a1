/**
 * Service worker registration and the "new version ready" state. The worker waits until the
 * person chooses to reload; notes being typed are saved first.
 */
import { createStore } from 'zustand/vanilla';

interface UpdateState {
  ready: boolean;
  apply: () => Promise<void>;
}

export const updateState = createStore<UpdateState>(() => ({ ready: false, apply: async () => {} }));

/**
 * Registers the worker once `usable` has settled (the page can be used) and the page is idle, so the
 * worker's precaching downloads never compete with the first screen. Never rejects: a registration
 * cut short (the page reloaded while the register module loaded) is simply tried again on the next load.
 */
export function registerServiceWorker(beforeReload: () => Promise<void>, usable: Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  usable
    .then(whenIdle)
    .then(() => import('virtual:pwa-register'))
    .then(({ registerSW }) => {
      const updateSW = registerSW({
        onNeedRefresh: () =>
          updateState.setState({
            ready: true,
            apply: async () => {
              await beforeReload();
              await updateSW(true);
            },
          }),
      });
    })
    .catch(() => undefined);
}

/** Resolves once the page has loaded and gone idle. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 1000));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}
