/**
 * Shared set-up for the browser journeys: one `vite preview` of the built app, Debian's Chromium
 * through playwright-core, a guard that fails a test whose page asks any other origin for
 * anything, and axe on every page a journey visits.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { resolve } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Harness {
  baseURL: string;
  browser: Browser;
  /** A fresh profile (its own IndexedDB) with the request guard on. */
  newContext(): Promise<BrowserContext>;
  /** Requests to origins other than the app's, across every context so far. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({
    root: resolve(import.meta.dirname, '..'),
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseURL = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const foreignRequests: string[] = [];
  const contexts: BrowserContext[] = [];

  return {
    baseURL,
    browser,
    foreignRequests,
    async newContext() {
      const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(baseURL + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      contexts.push(context);
      return context;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}

/** Fails with the list of violations (WCAG 2.1 A and AA) if axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (results.violations.length) {
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    throw new Error(`axe found ${results.violations.length} violation(s) on ${page.url()}:\n  ${summary.join('\n  ')}`);
  }
}
