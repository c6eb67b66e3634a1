/**
 * Serves the catalogue to the app as virtual modules, checked by the zod schemas at build time:
 * `virtual:catalogue` is the slim index that the dashboard needs, in every language (titles in that
 * language where the platform's own label is confirmed; in the browser's build, where to fetch it,
 * `catalogue/<version>/<locale>/index.json`: data, as the entries are, and beside it `platforms.json`,
 * the first visit's list of platforms drawn from it) and the catalogue's version;
 * `virtual:catalogue/entries` names every platform and where its full entries are: in the browser's
 * build, JSON files `catalogue/<version>/<locale>/<id>.json` written beside the code (data, not code:
 * it parses faster, and stays out of the JavaScript a page must run); in Node (the prerender, tests)
 * and the dev server, the virtual module `virtual:catalogue/platform/<locale>/<id>` of each. In
 * another language an entry is the English one with that locale's overlay (`data/i18n/<locale>/<id>.json`)
 * merged in here, so a page in that language downloads its own words only; `<version>` is a hash of
 * every file, so a new catalogue is never read against an old one's cached files;
 * `virtual:catalogue/search` is the text every setting is searched by, in each language (in the
 * browser's build, `catalogue/<version>/<locale>/search.json`, fetched by the search page);
 * `virtual:catalogue/changes` is every dated change, newest first, for the "What's changed" page,
 * which the build also writes as an Atom feed, `/changes.xml`.
 * A schema error stops the build and names file, entry and field.
 */
import type { Plugin } from 'vite';
import { buildIndex, buildSearchEntries, catalogueVersion, compactIndex } from '../src/catalogue/index-model.ts';
import { platformList } from '../src/catalogue/pick-list.ts';
import { formatProblem } from '../src/catalogue/check.ts';
import { catalogueChanges } from '../src/catalogue/changes.ts';
import { atomFeed } from '../src/catalogue/atom.ts';
import { localizePlatform } from '../src/catalogue/localize.ts';
import { t } from '../src/i18n/changes-messages.ts';
import { OVERLAY_LOCALES } from '../src/schema/constants.ts';
import type { Overlay } from '../src/schema/overlay.ts';
import { contentVersion } from './content-version.ts';
import { catalogueDir, readCatalogue, readOverlays } from './read-catalogue.ts';

const INDEX_ID = 'virtual:catalogue';
const ENTRIES_ID = 'virtual:catalogue/entries';
const SEARCH_ID = 'virtual:catalogue/search';
const CHANGES_ID = 'virtual:catalogue/changes';
const PLATFORM_PREFIX = 'virtual:catalogue/platform/';
/** `<locale>/<id>` after the platform prefix. */
const PLATFORM_PATH = /^([a-z]{2})\/([a-z0-9-]+)$/;
const LOCALES = ['en', ...OVERLAY_LOCALES] as const;

/** Inlined as a JSON.parse string literal: parses faster than an object literal of the same size. */
const jsonModule = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

const feed = (platforms: Parameters<typeof catalogueChanges>[0]) =>
  atomFeed(catalogueChanges(platforms), {
    title: t('changes.feedTitle'),
    subtitle: t('changes.feedSubtitle'),
    entryTitle: (c) => t('changes.open', { platform: c.platformName, setting: c.settingTitle }),
  });

type Catalogue = ReturnType<typeof readCatalogue> & { overlays: readonly Overlay[] };

/**
 * One platform's full entries in `locale`, as a JSON text; every file of the catalogue, and their
 * version; and in each language the index and the settings to search (`index.json`, `search.json`
 * beside that language's entries).
 */
function entryFiles({ platforms, overlays }: Catalogue) {
  const inLocale = LOCALES.map((locale) => ({
    locale,
    platforms: locale === 'en' ? platforms : platforms.map((platform) => localizePlatform(platform, locale, overlays.find((o) => o.locale === locale && o.platform === platform.id))),
  }));
  const files = inLocale.flatMap(({ locale, platforms: entries }) => entries.map((entry) => ({ locale, id: entry.id, json: JSON.stringify(entry) })));
  // A platform's file sits beside its language's index.json, platforms.json and search.json.
  for (const reserved of ['index', 'platforms', 'search']) if (platforms.some((p) => p.id === reserved)) throw new Error(`A platform cannot have the id "${reserved}"`);
  const english = catalogueVersion(platforms);
  const indexes = inLocale.map(({ locale, platforms: entries }) => {
    const index = locale === 'en' ? buildIndex(entries) : buildIndex(entries, { locale, version: english });
    return { locale, index: compactIndex(index), list: platformList(index) };
  });
  const searches = inLocale.map(({ locale, platforms: entries }) => ({ locale, entries: buildSearchEntries(entries, locale === 'en' ? undefined : platforms) }));
  // The index and search files count too: a change in how the build writes them needs new addresses as well.
  const version = contentVersion([
    ...files.map(({ locale, id, json }) => [`${locale}/${id}`, json] as const),
    ...indexes.flatMap(({ locale, index, list }) => [[`${locale}/index`, JSON.stringify(index)], [`${locale}/platforms`, JSON.stringify(list)]] as const),
    ...searches.map(({ locale, entries: found }) => [`${locale}/search`, JSON.stringify(found)] as const),
  ]);
  return { files, indexes, searches, version };
}

export function cataloguePlugin(): Plugin {
  let catalogue: Catalogue | undefined;
  let files: ReturnType<typeof entryFiles> | undefined;
  let building = false;
  const read = (): Catalogue => {
    if (!catalogue) {
      const english = readCatalogue();
      const { overlays, problems } = readOverlays(english.platforms, english.dir);
      catalogue = { ...english, problems: [...english.problems, ...problems], overlays };
    }
    const problems = catalogue.problems.filter((p) => !p.unlisted);
    if (problems.length) {
      const list = problems.map(formatProblem).join('\n  ');
      catalogue = undefined;
      files = undefined;
      throw new Error(`The catalogue has problems:\n  ${list}`);
    }
    return catalogue;
  };
  const entries = () => (files ??= entryFiles(read()));

  return {
    name: 'privacy-checkup:catalogue',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id === INDEX_ID || id === ENTRIES_ID || id === SEARCH_ID || id === CHANGES_ID || id.startsWith(PLATFORM_PREFIX)) return '\0' + id;
    },
    load(id, options) {
      if (!id.startsWith('\0virtual:catalogue')) return;
      const { platforms } = read();
      if (id === '\0' + INDEX_ID) {
        const about = `export const version = ${JSON.stringify(catalogueVersion(platforms))};\n`;
        if (building && !options?.ssr) return about + 'export const indexes = undefined;\nexport const platformLists = undefined;\n';
        return about + jsonModule('indexes', Object.fromEntries(entries().indexes.map(({ locale, index }) => [locale, index])))
          + jsonModule('platformLists', Object.fromEntries(entries().indexes.map(({ locale, list }) => [locale, list])));
      }
      if (id === '\0' + ENTRIES_ID) {
        const ids = `export const ids = ${JSON.stringify(platforms.map((p) => p.id))};\n`;
        const base = `export const entriesBase = ${JSON.stringify(`/catalogue/${entries().version}/`)};\n`;
        // The browser's build fetches the files generateBundle writes; everywhere else imports.
        if (building && !options?.ssr) return ids + base + 'export const importEntries = undefined;\n';
        const table = entries().files.map(({ locale, id }) => `  ${JSON.stringify(`${locale}/${id}`)}: () => import(${JSON.stringify(`${PLATFORM_PREFIX}${locale}/${id}`)}),`);
        return ids + base + `const table = {\n${table.join('\n')}\n};\nexport const importEntries = (locale, id) => table[locale + '/' + id]().then((m) => m.default);\n`;
      }
      if (id === '\0' + SEARCH_ID) {
        if (building && !options?.ssr) return 'export const searchFiles = undefined;\n';
        return jsonModule('searchFiles', Object.fromEntries(entries().searches.map(({ locale, entries: found }) => [locale, found])));
      }
      if (id === '\0' + CHANGES_ID) return jsonModule('changes', catalogueChanges(platforms));
      const [, locale, platformId] = PLATFORM_PATH.exec(id.slice(1 + PLATFORM_PREFIX.length)) ?? [];
      const file = entries().files.find((f) => f.locale === locale && f.id === platformId);
      if (!file) throw new Error(`Unknown catalogue module ${id.slice(1)}`);
      return `const platform = JSON.parse(${JSON.stringify(file.json)});\nexport default platform;\n`;
    },
    // The feed is announced in every page's head, in the words the feed itself uses.
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: t('changes.feedTitle'), href: '/changes.xml' }, injectTo: 'head' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'changes.xml', source: feed(read().platforms) });
      const { files: all, indexes, searches, version } = entries();
      for (const { locale, index, list } of indexes) {
        this.emitFile({ type: 'asset', fileName: `catalogue/${version}/${locale}/index.json`, source: JSON.stringify(index) });
        this.emitFile({ type: 'asset', fileName: `catalogue/${version}/${locale}/platforms.json`, source: JSON.stringify(list) });
      }
      for (const { locale, entries: found } of searches) this.emitFile({ type: 'asset', fileName: `catalogue/${version}/${locale}/search.json`, source: JSON.stringify(found) });
      for (const { locale, id, json } of all) this.emitFile({ type: 'asset', fileName: `catalogue/${version}/${locale}/${id}.json`, source: json });
    },
    configureServer(server) {
      server.middlewares.use('/changes.xml', (_req, res) => {
        res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
        res.end(feed(read().platforms));
      });
      const dir = catalogueDir();
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir)) return;
        catalogue = undefined;
        files = undefined;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:catalogue')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
