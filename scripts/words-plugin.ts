/**
 * Every language's words (`src/i18n/locales/<locale>/<feature>.json`) written beside the code as
 * `words/<version>/<locale>/<feature>.json`, `<version>` a hash of them all, so the browser's build
 * finds a file from its locale and feature (`virtual:words`) instead of carrying a table of hashed
 * names in the entry every page loads; a new build's words never meet an old one's cached files.
 * Node (the prerender, tests) and the dev server import the files instead (src/i18n/load-locale.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:words';
const DIR = resolve(import.meta.dirname, '../src/i18n/locales');

function wordFiles() {
  const files = readdirSync(DIR).sort().flatMap((locale) =>
    readdirSync(join(DIR, locale)).filter((name) => name.endsWith('.json')).sort().map((name) => ({ locale, name, source: readFileSync(join(DIR, locale, name), 'utf8') })),
  );
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.locale}/${f.name}\n${f.source}\n`);
  return { files, base: `/words/${hash.digest('hex').slice(0, 10)}/` };
}

export function wordsPlugin(): Plugin {
  return {
    name: 'privacy-checkup:words',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return;
      const { files, base } = wordFiles();
      return `export const wordsBase = ${JSON.stringify(base)};\nexport const wordLocales = ${JSON.stringify([...new Set(files.map((f) => f.locale))])};\n`;
    },
    generateBundle() {
      const { files, base } = wordFiles();
      for (const { locale, name, source } of files) {
        this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${locale}/${name}`, originalFileName: `src/i18n/locales/${locale}/${name}`, source });
      }
    },
  };
}
