/**
 * The driver interface over Debian's Chromium and playwright-core, with the Chromium suite's
 * guards: axe on request, a request guard that blocks and records other origins, the CSP watcher,
 * and (new here) console errors and uncaught errors.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, watchCsp } from '../harness';
import { previewSite } from './serve';
import type { Engine, Query, Session, Tab } from './driver';

function locate(page: Page, query: Query): Locator {
  const root = query.within ? locate(page, query.within) : page;
  let locator = root.getByRole(query.role, {
    ...(query.name !== undefined && { name: query.name, exact: true }),
    ...(query.pressed !== undefined && { pressed: query.pressed }),
    ...(query.level !== undefined && { level: query.level }),
  });
  if (query.text) locator = locator.filter({ hasText: query.text });
  // The first match, as the other engines take it: the journeys must not depend on Playwright's strictness.
  return locator.nth(query.nth ?? 0);
}

function chromiumTab(page: Page): Tab {
  return {
    async goto(path) { await page.goto(path); },
    async reload() { await page.reload(); },
    async waitFor(query, options = {}) {
      const locator = locate(page, query);
      await (options.enabled ? locator.and(page.locator(':enabled')) : locator).waitFor({ timeout: options.timeout });
    },
    async waitForGone(query, options = {}) { await locate(page, query).waitFor({ state: 'detached', timeout: options.timeout }); },
    async click(query) { await locate(page, query).click(); },
    async type(query, text) { await locate(page, query).pressSequentially(text); },
    value: (query) => locate(page, query).inputValue(),
    attribute: (query, name) => locate(page, query).getAttribute(name),
    async text(query) { return (await locate(page, query).textContent()) ?? ''; },
    async chooseFile(label, file) {
      await page.getByLabel(label, { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    },
    evaluate: (expression) => page.evaluate(expression),
    async download(query) {
      const [file] = await Promise.all([page.waitForEvent('download'), locate(page, query).click()]);
      const path = await file.path();
      return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
    },
    checkAccessibility: () => expectNoAxeViolations(page),
    close: () => page.close(),
  };
}

export function chromiumEngine(): Engine {
  let browser: Browser | undefined;
  const problems: string[] = [];
  const cspViolations: string[] = [];
  const sessions = new Set<BrowserContext>();

  return {
    name: 'chromium',
    capabilities: { downloads: true, closeTabAfterClick: true },
    serve: previewSite,
    async newSession(site, options = {}): Promise<Session> {
      browser ??= await launchChromium();
      const context = await browser.newContext({ baseURL: site.baseURL, serviceWorkers: options.serviceWorkers ? 'allow' : 'block' });
      sessions.add(context);
      await watchCsp(context, cspViolations);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(site.baseURL + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        problems.push(`request to another origin: ${url}`);
        return route.abort('blockedbyclient');
      });
      context.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
      return {
        newTab: async () => chromiumTab(await context.newPage()),
        async close() { sessions.delete(context); await context.close(); },
      };
    },
    takeProblems: () => [...problems.splice(0), ...cspViolations.splice(0).map((v) => `Content-Security-Policy violation: ${v}`)],
    async stop() {
      await Promise.all([...sessions].map((c) => c.close().catch(() => undefined)));
      await browser?.close();
    },
  };
}
