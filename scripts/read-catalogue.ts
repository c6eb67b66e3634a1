/** Node-side reading of the catalogue folder, shared by the Vite plugin, the check script and tests. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkCatalogue, parseIdsLock, type CatalogueCheck } from '../src/catalogue/check.ts';

export const ROOT = resolve(import.meta.dirname, '..');

/** `CATALOGUE_DIR` lets the benchmark build against a generated catalogue; the default is `data/`. */
export function catalogueDir(): string {
  return resolve(ROOT, process.env.CATALOGUE_DIR ?? 'data');
}

export function readCatalogue(dir = catalogueDir()): CatalogueCheck & { dir: string } {
  const platformsDir = join(dir, 'platforms');
  const files = readdirSync(platformsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(platformsDir, name);
      return { file: relative(ROOT, path), content: readFileSync(path, 'utf8') };
    });
  const lockPath = join(dir, 'ids.lock');
  const lock = existsSync(lockPath) ? parseIdsLock(readFileSync(lockPath, 'utf8')) : [];
  return { ...checkCatalogue(files, lock), dir };
}
