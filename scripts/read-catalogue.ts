/** Node-side reading of the catalogue folder, shared by the Vite plugin, the check script and tests. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkCatalogue, parseIdsLock, type CatalogueCheck, type CatalogueFile } from '../src/catalogue/check.ts';
import { checkOverlays, type OverlayCheck } from '../src/catalogue/overlays.ts';

export const ROOT = resolve(import.meta.dirname, '..');

/** `CATALOGUE_DIR` lets the benchmark build against a generated catalogue; the default is `data/`. */
export function catalogueDir(): string {
  return resolve(ROOT, process.env.CATALOGUE_DIR ?? 'data');
}

const jsonFiles = (folder: string): CatalogueFile[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      return { file: relative(ROOT, path), content: readFileSync(path, 'utf8') };
    });

export function readCatalogue(dir = catalogueDir()): CatalogueCheck & { dir: string } {
  const lockPath = join(dir, 'ids.lock');
  const lock = existsSync(lockPath) ? parseIdsLock(readFileSync(lockPath, 'utf8')) : [];
  return { ...checkCatalogue(jsonFiles(join(dir, 'platforms')), lock), dir };
}

/** The words the app marks an English label with in `locale` (its `overlay` messages), as translated text must quote it. */
function englishLabelMark(locale: string): string {
  const file = join(ROOT, 'src/i18n/locales', locale, 'overlay.json');
  const words = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  return words['overlay.englishLabel'] ?? '';
}

/** The overlays in `<dir>/i18n/<locale>/`, checked against the English platforms. */
export function readOverlays(platforms: CatalogueCheck['platforms'], dir = catalogueDir()): OverlayCheck {
  const i18n = join(dir, 'i18n');
  const locales = existsSync(i18n) ? readdirSync(i18n).sort() : [];
  const files = locales.flatMap((locale) => jsonFiles(join(i18n, locale)));
  return checkOverlays(files, platforms, new Date(), Object.fromEntries(locales.map((locale) => [locale, englishLabelMark(locale)])));
}
