/**
 * Shared set-up for the browser journeys: one `vite preview` of the built app, Debian's Chromium
 * through playwright-core, a guard that fails a test whose page asks any other origin for
 * anything, and axe on every page a journey visits.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { after, afterEach, before } from 'node:test';
import { preview, type PreviewServer } from 'vite';
import { resolve } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Harness {
  baseURL: string;
  browser: Browser;
  /** A fresh profile (its own IndexedDB) with the request guard on; `options` for a phone's viewport and the like. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Requests to origins other than the app's, across every context so far. */
  foreignRequests: string[];
  /** Content-Security-Policy violations reported by any page so far. */
  cspViolations: string[];
  /** Every URL any page requested, to prove no user data travels in one. */
  requestUrls: string[];
  close(): Promise<void>;
}

export const ROOT = resolve(import.meta.dirname, '..');

/** `vite preview` of a built folder (default `dist/`), on a given port or a free one. */
export async function startPreview(options: { outDir?: string; port?: number } = {}): Promise<{ server: PreviewServer; baseURL: string; port: number }> {
  const server = await preview({
    root: ROOT,
    build: { outDir: options.outDir ?? 'dist' },
    preview: { port: options.port ?? 0, host: '127.0.0.1', strictPort: options.port !== undefined, open: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, baseURL: `http://127.0.0.1:${address.port}`, port: address.port };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** The harness over a built folder: `dist/` (what `npm run test:e2e` builds), or another build's `outDir`. */
export async function startHarness(options: { outDir?: string } = {}): Promise<Harness> {
  const { server, baseURL } = await startPreview(options);
  const browser = await launchChromium();
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  const requestUrls: string[] = [];
  const contexts: BrowserContext[] = [];

  return {
    baseURL,
    browser,
    foreignRequests,
    cspViolations,
    requestUrls,
    async newContext(options = {}) {
      const context = await browser.newContext({ ...options, baseURL, serviceWorkers: 'block' });
      await watchCsp(context, cspViolations);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        requestUrls.push(url);
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

/** Records every `securitypolicyviolation` a page of the context reports. */
export async function watchCsp(context: BrowserContext, into: string[]): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    into.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** The checks every journey ends with: nothing asked of another origin, nothing the CSP had to block. */
function assertCleanRun(harness: Harness): void {
  if (harness.foreignRequests.length) throw new Error(`requests to other origins: ${harness.foreignRequests.join(', ')}`);
  if (harness.cspViolations.length) throw new Error(`Content-Security-Policy violations: ${harness.cspViolations.join('; ')}`);
}

/**
 * The usual set-up of a journey file: one harness for the file, and every test ending with
 * `assertCleanRun`. Returns a getter, because the harness exists only once `before` has run.
 */
export function useHarness(options: { outDir?: string } = {}): () => Harness {
  let harness: Harness | undefined;
  before(async () => { harness = await startHarness(options); });
  after(async () => { await harness?.close(); });
  afterEach(() => { if (harness) assertCleanRun(harness); });
  return () => {
    if (!harness) throw new Error('the harness is not started yet');
    return harness;
  };
}
