import { RouterProvider, type createBrowserRouter } from 'react-router';
import { StoreProvider } from './store/hooks';
import type { AppStore } from './store/store';

export function App({ store, router }: { store: AppStore; router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <StoreProvider store={store}>
      <RouterProvider router={router} />
    </StoreProvider>
  );
}
