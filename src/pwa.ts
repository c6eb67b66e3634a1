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
