import { createContext, use, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { canWrite, type AppState, type AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** Reads one narrow slice of the app state; components re-render only when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = use(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider>');
  return useStore(store, selector);
}

/** Controls stay disabled until stored progress is loaded, and in a tab that must not write. */
export const useCanEdit = () => useAppStore(canWrite);
