import { fetchJson } from './fetch-json';
import { entriesUrl, fileLocale } from './platform-entries';

/** How one kind of per-language file is read, and what stands in for a language's file offline. */
interface LocaleFileKind<Raw, T> {
  read(raw: Raw): T;
  /** The English file standing in for `locale`'s, its words marked as English. */
  inEnglish(english: Raw, locale: string): Raw;
}

/**
 * A file the build writes once per language beside the platforms' entries (`<entriesBase><locale>/<name>.json`:
 * the catalogue's index, the search's words). Node (the prerender, tests) and the dev server have every
 * language's bundled; the browser fetches one, once: the same promise on every call, so React's `use`
 * can wait for it. A failed fetch is forgotten, so the next call (a retry from the error boundary) asks
 * again. Offline, the service worker answers `null` for another language's file it does not hold
 * (vite.config.ts), and the English file stands in.
 */
export function localeFile<Raw, T>(name: string, bundled: Readonly<Record<string, Raw>> | undefined, kind: LocaleFileKind<Raw, T>) {
  const loaded = new Map<string, T>();
  const loading = new Map<string, Promise<T>>();
  for (const [locale, raw] of Object.entries(bundled ?? {})) loaded.set(locale, kind.read(raw));

  async function fetchFile(locale: string): Promise<T> {
    const url = (file: string) => entriesUrl(name, file);
    const raw = await fetchJson<Raw | null>(url(locale)).catch(() => null);
    const file = raw ?? (locale === 'en' ? null : kind.inEnglish(await fetchJson<Raw>(url('en')), locale));
    if (!file) throw new Error(`${url(locale)} could not be read`);
    const value = kind.read(file);
    loaded.set(locale, value);
    return value;
  }

  return {
    /** The file in `locale` if it is here already; otherwise `undefined` (see `load`). */
    loaded: (locale = 'en'): T | undefined => loaded.get(fileLocale(locale)),
    load(locale = 'en'): Promise<T> {
      const file = fileLocale(locale);
      let promise = loading.get(file);
      if (!promise) {
        const here = loaded.get(file);
        promise = here ? Promise.resolve(here) : fetchFile(file).catch((error: unknown) => {
          loading.delete(file);
          throw error;
        });
        loading.set(file, promise);
      }
      return promise;
    },
  };
}
