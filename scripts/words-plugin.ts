/**
 * Every language's words (`src/i18n/locales/<locale>/<feature>.json`) written beside the code as
 * `words/<version>/<locale>/<feature>.json`, `<version>` a hash of them all, so the browser's build
 * finds a file from its locale and feature (`virtual:words`) instead of carrying a table of hashed
 * names in the entry every page loads; a new build's words never meet an old one's cached files.
 * Node (the prerender, tests) and the dev server import the files instead (src/i18n/load-locale.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentVersion } from './content-version.ts';

const ID = 'virtual:words';
const DIR = resolve(import.meta.dirname, '../src/i18n/locales');

function wordFiles() {
  const files = readdirSync(DIR).sort().flatMap((locale) =>
    readdirSync(join(DIR, locale)).filter((name) => name.endsWith('.json')).sort().map((name) => ({ locale, name, source: readFileSync(join(DIR, locale, name), 'utf8') })),
  );
  return { files, base: `/words/${contentVersion(files.map((f) => [`${f.locale}/${f.name}`, f.source] as const))}/` };
}

export function wordsPlugin(): Plugin {
  // Read once a build: the module's version and the files written must be the same words.
  let words: ReturnType<typeof wordFiles> | undefined;
  return {
    name: 'privacy-checkup:words',
    buildStart() {
      words = undefined;
    },
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return;
      const { files, base } = (words ??= wordFiles());
      return `export const wordsBase = ${JSON.stringify(base)};\nexport const wordLocales = ${JSON.stringify([...new Set(files.map((f) => f.locale))])};\n`;
    },
    generateBundle() {
      const { files, base } = (words ??= wordFiles());
      for (const { locale, name, source } of files) {
        this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${locale}/${name}`, originalFileName: `src/i18n/locales/${locale}/${name}`, source });
      }
    },
  };
}
