/**
 * Lists the interface's chunks (the module the entry imports dynamically, and everything it imports)
 * as <link rel="modulepreload"> in the built page, so they download beside the small entry instead
 * of after it has run. The entry stays free to start IndexedDB and a deep link's chunks first.
 */
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

export function preloadPlugin(moduleSuffix: string): Plugin {
  return {
    name: 'privacy-checkup:preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle as OutputBundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const root = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(moduleSuffix)));
        if (!root) throw new Error(`preload: no chunk for ${moduleSuffix}`);
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const files = new Set<string>();
        const visit = (chunk: OutputChunk) => {
          if (files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) {
            const next = byName.get(imported);
            if (next) visit(next);
          }
        };
        visit(root);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
