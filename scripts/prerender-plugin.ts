/**
 * Prerenders every route at build time (after the client bundle is written, before the service
 * worker's precache list is made): loads the server entry through a Vite SSR module loader, renders
 * each page with React's `prerender`, and writes it into the built `index.html` template with its
 * own title, description, canonical URL and Open Graph tags, the page's chunks as modulepreload, its
 * data (a platform's entries, the catalogue's index, the settings to search; in another language, its words) as fetch preloads, and its stylesheets as links (so it looks right before, and without, its script). Then `sitemap.xml`
 * and `robots.txt`. Pages are written as `<path>.html`: `vite preview`, the service worker's
 * precache (clean URLs) and common static hosts all serve `/platforms/linkedin` from
 * `platforms/linkedin.html`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { PageToRender } from '../src/page-to-render.ts';
import { escapeHtml } from '../src/report/html.ts';

/** What the server entry hands over: the pages, and each page's markup. */

interface ServerEntry {
  pagesToRender(): Promise<PageToRender[]>;
  renderPath(path: string): Promise<string>;
  titleFromHeading(heading: string): string;
}

/** React's markup is escaped already; a heading's text is read back from it as plain text. */
const unescapeHtml = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The chunks a page needs, found by the source modules they hold, with everything they import. */
function chunksFor(bundle: OutputBundle, modules: readonly string[], root: string): OutputChunk[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const found = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  for (const module of modules) {
    const id = module.startsWith('\0') ? module : resolve(root, module);
    const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
    if (!chunk) throw new Error(`prerender: no chunk holds ${module}`);
    visit(chunk);
  }
  return [...found.values()];
}

/**
 * A page in another language hydrates only once its words are in (`src/main.ts` loads them first):
 * the word files of every feature whose messages its chunks hold (`src/i18n/<feature>-messages.ts`
 * has `src/i18n/locales/<locale>/<feature>.json`), preloaded beside the code instead of after it has run.
 */
function wordsFor(bundle: OutputBundle, chunks: readonly OutputChunk[], locale: string): string[] {
  const features = chunks.flatMap((c) => c.moduleIds.flatMap((id) => /\/src\/i18n\/([\w-]+)-messages\.ts$/.exec(id)?.[1] ?? []));
  const words = new Set(features.map((feature) => `src/i18n/locales/${locale}/${feature}.json`));
  return Object.values(bundle).flatMap((a) => (a.type === 'asset' && a.originalFileNames.some((name) => words.has(name)) ? [`/${a.fileName}`] : []));
}

/** What the build knows of a module: what it imports. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The per-language data files a page preloads when its modules read them, by the one module that reads each. */
const DATA_READERS = [
  { reader: 'src/components/use-catalogue.ts', file: 'index.json' },
  { reader: 'src/components/use-platform-list.ts', file: 'platforms.json' },
  { reader: 'src/components/use-search.ts', file: 'search.json' },
];

/**
 * The catalogue's index and the settings to search, each for a page whose modules read it (through
 * its hook, the one way they do): followed through static imports, as a page's chunks may hold
 * modules it never runs.
 */
function catalogueDataFor(bundle: OutputBundle, graph: ModuleGraph, modules: readonly string[], root: string, locale: string): string[] {
  const seen = new Set<string>();
  const stack = modules.map((m) => resolve(root, m));
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return DATA_READERS.filter(({ reader }) => seen.has(resolve(root, reader))).map(({ file }) => {
    const asset = Object.values(bundle).find((a) => a.type === 'asset' && a.fileName.startsWith('catalogue/') && a.fileName.endsWith(`/${locale}/${file}`));
    if (!asset) throw new Error(`prerender: the build wrote no catalogue ${file} in ${locale}`);
    return `/${asset.fileName}`;
  });
}

function pageHtml(template: string, page: PageToRender, body: string, title: string, origin: string, chunks: OutputChunk[], data: string[]): string {
  const url = origin + page.path;
  const head = [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Privacy Checkup" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:image" content="${escapeHtml(origin)}/icons/icon-512.png" />`,
    ...page.alternates.map((a) => `<link rel="alternate" hreflang="${escapeHtml(a.locale)}" href="${escapeHtml(origin + a.path)}" />`),
    ...page.alternates.filter((a) => a.locale === 'en').map((a) => `<link rel="alternate" hreflang="x-default" href="${escapeHtml(origin + a.path)}" />`),
    ...chunks.flatMap((c) => (template.includes(`/${c.fileName}"`) ? [] : [`<link rel="modulepreload" crossorigin href="/${c.fileName}" />`])),
    // As `fetch` asks for them (same origin, credentials included), so the preloaded response is the one used.
    ...data.map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeHtml(url)}" />`),
    ...chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]).filter((f) => !template.includes(`/${f}"`))
      .map((file) => `<link rel="stylesheet" crossorigin href="/${file}" />`),
  ];
  const replace = (html: string, pattern: RegExp, by: string) => {
    if (!pattern.test(html)) throw new Error(`prerender: the template has no ${pattern}`);
    return html.replace(pattern, () => by);
  };
  let html = replace(template, /<html lang="en">/, `<html lang="${escapeHtml(page.locale)}">`);
  html = replace(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  html = replace(html, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(page.description)}" />`);
  html = replace(html, /<\/head>/, `  ${[...new Set(head)].join('\n    ')}\n  </head>`);
  return replace(html, /<div id="root"><\/div>/, `<div id="root" data-prerendered="${escapeHtml(page.path)}">${body}</div>`);
}

export function prerenderPlugin({ entry, origin }: { entry: string; origin: string }): Plugin {
  let root = '';
  let outDir = '';
  let configFile: string | undefined;
  return {
    name: 'privacy-checkup:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      configFile = config.configFile;
    },
    writeBundle: {
      order: 'pre',
      sequential: true,
      async handler(_options, bundle) {
        const started = performance.now();
        const server = await createServer({
          root, configFile, mode: 'production', appType: 'custom', logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        let pages: PageToRender[];
        try {
          const app = (await server.ssrLoadModule(entry)) as ServerEntry;
          const template = readFileSync(join(outDir, 'index.html'), 'utf8');
          pages = await app.pagesToRender();
          for (const page of pages) {
            const body = await app.renderPath(page.path);
            const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1];
            const title = page.title ?? app.titleFromHeading(unescapeHtml(heading ?? ''));
            const file = join(outDir, page.file);
            mkdirSync(dirname(file), { recursive: true });
            const chunks = chunksFor(bundle, page.modules, root);
            const data = [...(page.data ?? []), ...catalogueDataFor(bundle, this, page.modules, root, page.locale), ...(page.locale === 'en' ? [] : wordsFor(bundle, chunks, page.locale))];
            writeFileSync(file, pageHtml(template, page, body, title, origin, chunks, data));
          }
        } finally {
          await server.close();
        }
        const listed = pages.filter((p) => p.listed);
        writeFileSync(join(outDir, 'sitemap.xml'), [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...listed.map((p) => `  <url><loc>${escapeHtml(origin + p.path)}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n'));
        writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${origin}/sitemap.xml\n`);
        this.info(`prerendered ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
