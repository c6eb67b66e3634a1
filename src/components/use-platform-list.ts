import type { PlatformList } from '../catalogue/pick-list';
import { loadPlatformList, loadedPlatformList } from '../catalogue/platform-list';
import { useInLocale, withData } from './with-catalogue';

/**
 * The flagship entry and every platform to pick from, in the page's language: what a first visit's
 * dashboard reads. The prerender preloads the file for a page whose modules import this hook.
 */
export const usePlatformList = (): PlatformList => useInLocale(loadedPlatformList, loadPlatformList);

/** A lazily loaded page that reads the platform list, handed over once the list is here too. */
export const withPlatformList = <T,>(loading: Promise<T>): Promise<T> => withData(loading, loadPlatformList);
