/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cataloguePlugin } from './scripts/catalogue-plugin.ts';
import { wordsPlugin } from './scripts/words-plugin.ts';
import { CSP_HEADER, cspPlugin } from './scripts/csp-plugin.ts';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { SITE_ORIGIN } from './scripts/site-origin.ts';
import { chunkGroups } from './scripts/chunk-groups.ts';
import { OVERLAY_LOCALES } from './src/schema/constants.ts';

// One moment for the whole build: the prerendered pages render their dates against it, and the
// browser hydrates them against the same (see src/components/use-hydrated.ts).
/** The languages besides English, whose pages and platform entries the service worker does not precache. */
const OTHERS = OVERLAY_LOCALES.join(',');
const builtAt = (process.env.BUILT_AT ??= new Date().toISOString());

export default defineConfig({
  define: {
    __BUILT_AT__: JSON.stringify(builtAt),
    // Only the browser tests' build (e2e/pseudo-locale.test.ts) serves the pseudo-locales.
    __PSEUDO_LOCALE__: JSON.stringify(process.env.PSEUDO_LOCALE === '1'),
  },
  plugins: [
    react(),
    cataloguePlugin(),
    wordsPlugin(),
    cspPlugin(),
    prerenderPlugin({ entry: '/src/entry-server.tsx', origin: SITE_ORIGIN }),
    VitePWA({
      // The app asks before it reloads into a new version, so nothing typed is lost.
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches the icons; the plugin would add them a second time.
      includeManifestIcons: false,
      manifest: {
        name: 'Privacy Checkup',
        short_name: 'Privacy Checkup',
        description: 'A private, offline checklist of the privacy settings that matter, platform by platform.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#1f5f8b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route, and the catalogue's English index and entries, work offline after the first visit.
        // (The manifest is added by the plugin itself; listing it here too would precache it twice.)
        globPatterns: ['**/*.{js,css,html,svg,png}', 'catalogue/*/en/*.json', 'words/*/*/*.json'],
        // Each other language's pages would treble the first visit's download (9.4 MB for all four): they are
        // not precached. Offline, such a page opens from the app shell (navigateFallback) and renders in its
        // language from the precached code and words.
        // Nor are their entries and indexes (the English ones are): a file opened online is kept for offline use;
        // offline, one never opened is answered with `null` (not a failed request, which the browser reports as
        // an error), and the page shows the English ones marked as English (src/catalogue/platform-entries.ts,
        // src/catalogue/catalogue.ts).
        globIgnores: [`{${OTHERS}}/**`],
        runtimeCaching: [{
          urlPattern: new RegExp(`/catalogue/[^/]+/(?:${OVERLAY_LOCALES.join('|')})/[^/]+\\.json$`),
          handler: 'CacheFirst',
          options: {
            cacheName: 'platforms-in-other-languages',
            expiration: { maxEntries: 250 },
            plugins: [{ handlerDidError: async () => Response.json(null) }],
          },
        }],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // A large catalogue (the benchmark's 500 platforms) must still be precached whole.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
    }),
  ],
  // Every browser the app supports preloads modules natively; the polyfill would only add bytes.
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // A language's words are fetched as files (src/i18n/load-locale.ts): never inlined into the code as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    // A deep link's few chunks instead of twenty slivers: measured in docs/performance.md.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{
            name: chunkGroups(import.meta.dirname, { name: 'index', file: 'src/main.ts' }, {
              'platform-page': 'src/pages/PlatformPage.tsx',
              dashboard: 'src/pages/DashboardPage.tsx',
              'dashboard-progress': { file: 'src/pages/DashboardProgress.tsx', within: 'dashboard' },
              records: 'src/store/records.ts',
            }),
            includeDependenciesRecursively: false }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP_HEADER } },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
});
