/**
 * Serves the catalogue to the app as virtual modules, checked by the zod schemas at build time:
 * `virtual:catalogue` is the slim index that the dashboard needs;
 * `virtual:catalogue/loaders` holds one lazy import per platform (tiny, so the boot module can start a chunk),
 * and per other language one lazy import of `virtual:catalogue/loaders/<locale>`, that language's table;
 * `virtual:catalogue/platform/<id>` is one platform's full entries, emitted as its own chunk;
 * `virtual:catalogue/platform/<locale>/<id>` is the same in another language: the English entry with
 * that locale's overlay (`data/i18n/<locale>/<id>.json`) merged in here, so a page in that language
 * downloads its own words only;
 * `virtual:catalogue/search` is the text every setting is searched by, loaded by the search page;
 * `virtual:catalogue/changes` is every dated change, newest first, for the "What's changed" page,
 * which the build also writes as an Atom feed, `/changes.xml`.
 * A schema error stops the build and names file, entry and field.
 */
import type { Plugin } from 'vite';
import { buildIndex, buildSearchEntries, compactIndex } from '../src/catalogue/index-model.ts';
import { formatProblem } from '../src/catalogue/check.ts';
import { catalogueChanges } from '../src/catalogue/changes.ts';
import { atomFeed } from '../src/catalogue/atom.ts';
import { localizePlatform } from '../src/catalogue/localize.ts';
import { t } from '../src/i18n/changes-messages.ts';
import { OVERLAY_LOCALES } from '../src/schema/constants.ts';
import type { Overlay } from '../src/schema/overlay.ts';
import { catalogueDir, readCatalogue, readOverlays } from './read-catalogue.ts';

const INDEX_ID = 'virtual:catalogue';
const LOADERS_ID = 'virtual:catalogue/loaders';
const SEARCH_ID = 'virtual:catalogue/search';
const CHANGES_ID = 'virtual:catalogue/changes';
const LOCALE_LOADERS_PREFIX = 'virtual:catalogue/loaders/';
const PLATFORM_PREFIX = 'virtual:catalogue/platform/';
/** `<locale>/<id>` after the platform prefix: a platform in another language. */
const LOCALIZED = /^([a-z]{2})\/([a-z0-9-]+)$/;

/** Inlined as a JSON.parse string literal: parses faster than an object literal of the same size. */
const jsonModule = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

const feed = (platforms: Parameters<typeof catalogueChanges>[0]) =>
  atomFeed(catalogueChanges(platforms), {
    title: t('changes.feedTitle'),
    subtitle: t('changes.feedSubtitle'),
    entryTitle: (c) => t('changes.open', { platform: c.platformName, setting: c.settingTitle }),
  });

const loaderTable = (name: string, platforms: readonly { id: string }[], prefix: string) => {
  const loaders = platforms.map((p) => `  ${JSON.stringify(p.id)}: () => import(${JSON.stringify(prefix + p.id)}),`);
  return `export const ${name} = {\n${loaders.join('\n')}\n};\n`;
};

type Catalogue = ReturnType<typeof readCatalogue> & { overlays: readonly Overlay[] };

export function cataloguePlugin(): Plugin {
  let catalogue: Catalogue | undefined;
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
      throw new Error(`The catalogue has problems:\n  ${list}`);
    }
    return catalogue;
  };

  return {
    name: 'privacy-checkup:catalogue',
    resolveId(id) {
      if (id === INDEX_ID || id === LOADERS_ID || id === SEARCH_ID || id === CHANGES_ID || id.startsWith(PLATFORM_PREFIX) || id.startsWith(LOCALE_LOADERS_PREFIX)) return '\0' + id;
    },
    load(id) {
      if (!id.startsWith('\0virtual:catalogue')) return;
      const { platforms, overlays } = read();
      if (id === '\0' + INDEX_ID) return jsonModule('index', compactIndex(buildIndex(platforms)));
      // Another language's table is a chunk of its own: an English page carries three imports for them, not 210.
      if (id === '\0' + LOADERS_ID) {
        const locales = OVERLAY_LOCALES.map((locale) => `  ${locale}: () => import(${JSON.stringify(LOCALE_LOADERS_PREFIX + locale)}),`);
        return loaderTable('loaders', platforms, PLATFORM_PREFIX) + `export const localeLoaders = {\n${locales.join('\n')}\n};\n`;
      }
      if (id.startsWith('\0' + LOCALE_LOADERS_PREFIX)) {
        const locale = id.slice(1 + LOCALE_LOADERS_PREFIX.length);
        if (!(OVERLAY_LOCALES as readonly string[]).includes(locale)) throw new Error(`Unknown catalogue module ${id.slice(1)}`);
        return loaderTable('loaders', platforms, `${PLATFORM_PREFIX}${locale}/`);
      }
      if (id === '\0' + SEARCH_ID) return jsonModule('entries', buildSearchEntries(platforms));
      if (id === '\0' + CHANGES_ID) return jsonModule('changes', catalogueChanges(platforms));
      const [, locale, platformId = id.slice(1 + PLATFORM_PREFIX.length)] = LOCALIZED.exec(id.slice(1 + PLATFORM_PREFIX.length)) ?? [];
      const platform = platforms.find((p) => p.id === platformId);
      if (!platform || (locale && !(OVERLAY_LOCALES as readonly string[]).includes(locale))) throw new Error(`Unknown catalogue module ${id.slice(1)}`);
      const entry = locale ? localizePlatform(platform, locale, overlays.find((o) => o.locale === locale && o.platform === platform.id)) : platform;
      return jsonModule('platform', entry) + 'export default platform;\n';
    },
    // Another language's platform chunks go in `assets/<locale>/`, so the service worker's precache can
    // leave them out as it leaves out that language's pages (vite.config.ts).
    outputOptions(options) {
      const others = options.chunkFileNames ?? 'assets/[name]-[hash].js';
      return {
        ...options,
        chunkFileNames: (chunk) => {
          const [, locale] = /^\0virtual:catalogue\/platform\/([a-z]{2})\//.exec(chunk.facadeModuleId ?? '') ?? [];
          if (locale) return `assets/${locale}/[name]-[hash].js`;
          const [, table] = /^\0virtual:catalogue\/loaders\/([a-z]{2})$/.exec(chunk.facadeModuleId ?? '') ?? [];
          if (table) return `assets/platforms-${table}-[hash].js`;
          return typeof others === 'function' ? others(chunk) : others;
        },
      };
    },
    // The feed is announced in every page's head, in the words the feed itself uses.
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: t('changes.feedTitle'), href: '/changes.xml' }, injectTo: 'head' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'changes.xml', source: feed(read().platforms) });
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
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:catalogue')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
