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

export async function registerServiceWorker(beforeReload: () => Promise<void>): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Registration (and its precaching downloads) waits until the page has loaded and gone idle,
  // so it never competes with the first render.
  await new Promise<void>((resolve) => {
    const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 1000));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
  const { registerSW } = await import('virtual:pwa-register');
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
}
