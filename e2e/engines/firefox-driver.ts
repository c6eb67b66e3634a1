/**
 * The driver interface over Firefox ESR and puppeteer-core, which speaks WebDriver BiDi to it
 * (playwright-core's Firefox support needs Playwright's own patched build; see TOOLCHAIN.md).
 * Elements are found by Firefox's own accessibility tree (`::-p-aria`, BiDi `locateNodes`).
 * Requests to other origins are blocked and recorded; console errors, uncaught errors and CSP
 * violations (turned into console errors by a script that runs before the page's own) are recorded.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core';
import { describeQuery } from './describe-query';
import type { Engine, Query, Session, Site, Tab } from './driver';
import { fileInputLabelled, reachableAtCentre } from './page-scripts';
import { previewSite } from './serve';
import { until } from './poll';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Reported as a console error, so one listener sees every kind of problem. */
const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (e) =>
  console.error('Content-Security-Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));`;

type Scope = Page | ElementHandle<Element>;

/** `::-p-aria([name="…"][role="…"])`: the accessibility tree's role and exact name. */
function ariaSelector(query: Query): string {
  const name = query.name === undefined ? '' : `[name=${JSON.stringify(query.name)}]`;
  return `::-p-aria(${name}[role="${query.role}"])`;
}

/** Every element matching the query now (an empty list if its container is not there yet). */
async function findAll(page: Page, query: Query): Promise<ElementHandle<Element>[]> {
  let scope: Scope = page;
  if (query.within) {
    const container = (await findAll(page, query.within))[query.within.nth ?? 0];
    if (!container) return [];
    scope = container;
  }
  const handles = await scope.$$(ariaSelector(query));
  if (query.pressed === undefined && query.text === undefined && query.level === undefined) return handles;
  const found: ElementHandle<Element>[] = [];
  for (const handle of handles) {
    const keep = await handle.evaluate(
      (el, pressed, text, level) =>
        (pressed === null || el.getAttribute('aria-pressed') === String(pressed)) &&
        (text === null || (el.textContent ?? '').includes(text)) &&
        (level === null || el.tagName === `H${level}` || el.getAttribute('aria-level') === String(level)),
      query.pressed ?? null, query.text ?? null, query.level ?? null,
    );
    if (keep) found.push(handle);
  }
  return found;
}

function firefoxTab(page: Page, site: Site, downloads: string): Tab {
  const url = (path: string) => new URL(path, site.baseURL).href;
  const find = (query: Query, options: { enabled?: boolean; timeout?: number } = {}) =>
    until(describeQuery(query) + (options.enabled ? ' (enabled)' : ''), async () => {
      const handle = (await findAll(page, query))[query.nth ?? 0];
      if (handle && options.enabled && (await handle.evaluate((el) => (el as HTMLButtonElement).disabled))) return undefined;
      return handle;
    }, options.timeout);

  const tab: Tab = {
    async goto(path) { await page.goto(url(path), { waitUntil: 'load' }); },
    async reload() { await page.reload({ waitUntil: 'load' }); },
    async waitFor(query, options) { await find(query, options); },
    async waitForGone(query, options = {}) {
      await until(`${describeQuery(query)} to go`, async () => ((await findAll(page, query)).length === 0 ? true : undefined), options.timeout);
    },
    async click(query) {
      const handle = await until(`${describeQuery(query)} to be enabled and not covered`, async () => {
        const found = await find(query, { enabled: true });
        return (await found.evaluate(reachableAtCentre)) ? found : undefined;
      });
      await handle.click();
    },
    async type(query, text) { await (await find(query, { enabled: true })).type(text); },
    async value(query) { return (await find(query)).evaluate((el) => (el as HTMLInputElement).value); },
    async attribute(query, name) { return (await find(query)).evaluate((el, n) => el.getAttribute(n), name); },
    async text(query) { return (await find(query)).evaluate((el) => el.textContent ?? ''); },
    async chooseFile(label, file) {
      // Like Playwright's setInputFiles, wait for the input to be enabled (it is not until stored progress loads).
      const input = await until(`the file input "${label}" (enabled)`, async () => {
        const element = (await page.evaluateHandle(fileInputLabelled(label))).asElement();
        return element ? (element as ElementHandle<HTMLInputElement>) : undefined;
      });
      const dir = await mkdtemp(join(tmpdir(), 'firefox-upload-'));
      await writeFile(join(dir, file.name), file.text);
      await input.uploadFile(join(dir, file.name));
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async download(query) {
      const before = new Set(await readdir(downloads));
      await tab.click(query);
      // Firefox writes `name.part` first and renames it once the file is whole.
      const name = await until('the download to finish', async () => {
        const files = await readdir(downloads);
        return files.some((f) => f.endsWith('.part')) ? undefined : files.find((f) => !before.has(f));
      }).catch(async (error: Error) => { throw new Error(`${error.message}; the folder holds ${JSON.stringify(await readdir(downloads))}`); });
      return { name, text: await readFile(join(downloads, name), 'utf8') };
    },
    // axe is kept to Chromium: the same rules on the same markup, and its runs have crashed Firefox's content process.
    async checkAccessibility() {},
    close: () => page.close(),
  };
  return tab;
}

export function firefoxEngine(): Engine {
  // One browser with service workers off (journeys stay independent, like Chromium's blocked workers), one with them on.
  const browsers = new Map<boolean, Promise<Browser>>();
  const problems: string[] = [];
  const launch = (serviceWorkers: boolean) =>
    puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX, headless: true,
      extraPrefsFirefox: { 'dom.serviceWorkers.enabled': serviceWorkers },
    });

  return {
    name: 'firefox',
    capabilities: { downloads: true, closeTabAfterClick: true },
    serve: previewSite,
    async newSession(site, options = {}): Promise<Session> {
      const serviceWorkers = options.serviceWorkers ?? false;
      if (!browsers.has(serviceWorkers)) browsers.set(serviceWorkers, launch(serviceWorkers));
      const browser = await browsers.get(serviceWorkers)!;
      const downloads = await mkdtemp(join(tmpdir(), 'firefox-downloads-'));
      const context: BrowserContext = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
      return {
        async newTab() {
          const page = await context.newPage();
          page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
          page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
          await page.evaluateOnNewDocument(REPORT_CSP);
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            const target = request.url();
            if (target.startsWith(site.baseURL + '/') || target.startsWith('data:') || target.startsWith('blob:')) return void request.continue();
            problems.push(`request to another origin: ${target}`);
            void request.abort('blockedbyclient');
          });
          return firefoxTab(page, site, downloads);
        },
        async close() {
          await context.close();
          await rm(downloads, { recursive: true, force: true });
        },
      };
    },
    takeProblems: () => problems.splice(0),
    async stop() {
      await Promise.all([...browsers.values()].map(async (b) => (await b).close()));
    },
  };
}
