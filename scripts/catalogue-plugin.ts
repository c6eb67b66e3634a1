/**
 * Serves the catalogue to the app as virtual modules, checked by the zod schemas at build time:
 * `virtual:catalogue` is the slim index that the dashboard needs;
 * `virtual:catalogue/loaders` holds one lazy import per platform (tiny, so the boot module can start a chunk);
 * `virtual:catalogue/platform/<id>` is one platform's full entries, emitted as its own chunk;
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
import { t } from '../src/i18n/changes-messages.ts';
import { catalogueDir, readCatalogue } from './read-catalogue.ts';

const INDEX_ID = 'virtual:catalogue';
const LOADERS_ID = 'virtual:catalogue/loaders';
const SEARCH_ID = 'virtual:catalogue/search';
const CHANGES_ID = 'virtual:catalogue/changes';
const PLATFORM_PREFIX = 'virtual:catalogue/platform/';

/** Inlined as a JSON.parse string literal: parses faster than an object literal of the same size. */
const jsonModule = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

const feed = (platforms: Parameters<typeof catalogueChanges>[0]) =>
  atomFeed(catalogueChanges(platforms), {
    title: t('changes.feedTitle'),
    subtitle: t('changes.feedSubtitle'),
    entryTitle: (c) => t('changes.open', { platform: c.platformName, setting: c.settingTitle }),
  });

export function cataloguePlugin(): Plugin {
  let catalogue: ReturnType<typeof readCatalogue> | undefined;
  const read = () => {
    catalogue ??= readCatalogue();
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
      if (id === INDEX_ID || id === LOADERS_ID || id === SEARCH_ID || id === CHANGES_ID || id.startsWith(PLATFORM_PREFIX)) return '\0' + id;
    },
    load(id) {
      if (!id.startsWith('\0virtual:catalogue')) return;
      const { platforms } = read();
      if (id === '\0' + INDEX_ID) return jsonModule('index', compactIndex(buildIndex(platforms)));
      if (id === '\0' + LOADERS_ID) {
        const loaders = platforms.map((p) => `  ${JSON.stringify(p.id)}: () => import(${JSON.stringify(PLATFORM_PREFIX + p.id)}),`);
        return `export const loaders = {\n${loaders.join('\n')}\n};\n`;
      }
      if (id === '\0' + SEARCH_ID) return jsonModule('entries', buildSearchEntries(platforms));
      if (id === '\0' + CHANGES_ID) return jsonModule('changes', catalogueChanges(platforms));
      const platform = platforms.find((p) => '\0' + PLATFORM_PREFIX + p.id === id);
      if (!platform) throw new Error(`Unknown catalogue module ${id.slice(1)}`);
      return jsonModule('platform', platform) + 'export default platform;\n';
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
