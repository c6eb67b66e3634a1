import { use } from 'react';
import { loadCatalogue, loadedCatalogue, type Catalogue } from '../catalogue/catalogue';

/**
 * The catalogue's index, for a component that lists or looks up settings. Until it has arrived the
 * component suspends: its Suspense boundary shows the skeleton, or, while hydrating, keeps the
 * prerendered markup. (The prerender marks a page whose chunks hold this hook to preload the index.)
 */
export function useCatalogue(): Catalogue {
  return loadedCatalogue() ?? use(loadCatalogue());
}
