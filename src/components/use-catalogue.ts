import { use } from 'react';
import { loadCatalogue, loadedCatalogue, type Catalogue } from '../catalogue/catalogue';
import { activeLocale } from '../i18n/translate';

/**
 * The catalogue's index in the page's language, for a component that lists or looks up settings.
 * Its chunk loaded through `withCatalogue` (with-catalogue.ts), so the index is here; should it not be, the component
 * suspends on first render (its Suspense boundary shows the skeleton, or, while hydrating, keeps the
 * prerendered markup). The prerender marks a page whose modules import this hook to preload the index.
 */
export function useCatalogue(): Catalogue {
  const locale = activeLocale();
  return loadedCatalogue(locale) ?? use(loadCatalogue(locale));
}
