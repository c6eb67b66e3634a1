import { AppRoutes } from './routes';
import { StoreProvider } from './store/hooks';
import type { AppStore } from './store/store';

/** The whole app over one store; the caller supplies the router (the browser's, or a memory one in tests). */
export function App({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <AppRoutes />
    </StoreProvider>
  );
}
