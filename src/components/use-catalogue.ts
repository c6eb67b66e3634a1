import { loadCatalogue, loadedCatalogue, type Catalogue } from '../catalogue/catalogue';
import { useInLocale } from './with-catalogue';

/**
 * The catalogue's index in the page's language, for a component that lists or looks up settings; its
 * chunk loads through `withCatalogue`. The prerender marks a page whose modules import this hook to
 * preload the index.
 */
export const useCatalogue = (): Catalogue => useInLocale(loadedCatalogue, loadCatalogue);
