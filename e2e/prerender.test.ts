/**
 * Pages that are there before the JavaScript: the served HTML holds each page's content, the
 * browser hydrates it without a mismatch or any console error, the decision controls enable in
 * place (nothing moves), and with JavaScript off a platform page still reads in full.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, useHarness } from './harness';

const harness = useHarness();

interface Entry { id: string; title: string; url?: string; steps: Record<string, string[]> }
const linkedin = JSON.parse(await readFile(join(ROOT, 'data/platforms/linkedin.json'), 'utf8')) as { settings: Entry[] };
const AI = linkedin.settings.find((s) => s.id === 'linkedin.data-for-generative-ai-improvement')!;

/** Text as it stands in React's markup: the five characters it escapes. */
const asHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** Every console error and uncaught error of a page: a hydration mismatch is reported as one. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url}:${message.location().lineNumber})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Layout shifts (the CLS sum) from the page's first paint on, as the browser scores them. */
async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Stored progress has been read and the page hydrated: the header's theme switch is enabled. */
// The theme button, named in the page's language (every locale's pages are in the sitemap).
const darkTheme = new RegExp(['Dark theme', ...['de', 'fr', 'es'].map((locale) => (JSON.parse(readFileSync(join(ROOT, `src/i18n/locales/${locale}/common.json`), 'utf8')) as Record<string, string>)['theme.dark'])].join('|'));
const ready = (page: Page) => page.getByRole('button', { name: darkTheme }).and(page.locator(':enabled')).waitFor();

describe('prerendered pages', () => {
  it('the served HTML of /platforms/linkedin holds the AI-training entry: title, steps, deep link, disabled controls, its own head', async () => {
    const response = await fetch(harness().baseURL + '/platforms/linkedin');
    assert.equal(response.status, 200);
    const html = await response.text();
    const article = html.slice(html.indexOf(`id="${AI.id}"`));
    assert.ok(article.length < html.length, 'the entry is in the markup');
    const card = article.slice(0, article.indexOf('</article>'));
    assert.ok(card.includes(asHtml(AI.title)), 'title');
    for (const step of Object.values(AI.steps).flat()) assert.ok(card.includes(asHtml(step)), `step: ${step}`);
    assert.ok(AI.url && card.includes(`href="${asHtml(AI.url)}"`), 'deep link');
    const done = /<button[^>]*>Done<\/button>/.exec(card)?.[0];
    assert.ok(done?.includes('disabled=""'), `Done is disabled until stored progress is read: ${done}`);
    assert.match(html, /<title>LinkedIn privacy settings, step by step · Privacy Checkup<\/title>/);
    assert.match(html, /<link rel="canonical" href="http:\/\/[^"]+\/platforms\/linkedin" \/>/);
    assert.match(html, /<meta property="og:title" content="LinkedIn privacy settings/);
    assert.match(html, /<meta name="description" content="A professional network/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  });

  it('sitemap.xml lists every platform page, and robots.txt points to it', async () => {
    const { baseURL } = harness();
    const sitemap = await (await fetch(baseURL + '/sitemap.xml')).text();
    const robots = await (await fetch(baseURL + '/robots.txt')).text();
    const platforms = (await import('node:fs/promises')).readdir(join(ROOT, 'data/platforms'));
    for (const file of (await platforms).filter((f) => f.endsWith('.json'))) {
      assert.match(sitemap, new RegExp(`<loc>[^<]*/platforms/${file.replace(/\.json$/, '')}</loc>`));
    }
    assert.match(robots, /^Sitemap: http:\/\/\S+\/sitemap\.xml$/m);
  });

  it('every page in the sitemap hydrates without a console error, and the deep link enables its controls without moving anything', async () => {
    const { baseURL } = harness();
    const sitemap = await (await fetch(baseURL + '/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>[a-z]+:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(paths.length > 70, `${paths.length} pages`);
    const context = await harness().newContext();
    await recordLayoutShifts(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const path of paths) {
      await page.goto(path);
      await ready(page);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(errors, [], `on ${path}`);
    }

    await page.goto('/platforms/linkedin');
    const done = page.getByRole('article', { name: AI.title }).getByRole('button', { name: 'Done' });
    await done.and(page.locator(':enabled')).waitFor();
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    assert.ok(shift <= 0.05, `layout shift ${shift}`);
    await done.click();
    await done.and(page.locator('[aria-pressed="true"]')).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a deep link in any language fetches only the code, words and entries its HTML announced: nothing waits for a script to ask', async () => {
    for (const path of ['/platforms/linkedin', '/de/platforms/linkedin', '/fr/platforms/linkedin', '/es/platforms/linkedin']) {
      const html = await (await fetch(harness().baseURL + path)).text();
      const announced = new Set([...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="(\/(?:assets\/[^"]+\.js|assets\/[^"]+\.json|catalogue\/[^"]+\.json))"/g)].map((m) => m[1]));
      const context = await harness().newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        // The service worker's registration (and workbox-window under it) loads when the page is idle; nothing waits for it.
        if (url.pathname.startsWith('/catalogue/') || /^\/assets\/[^/]+\.json$/.test(url.pathname)) fetched.push(url.pathname);
        if (url.pathname.endsWith('.js') && url.pathname.startsWith('/assets/') && !/pwa-register|workbox-window/.test(url.pathname)) fetched.push(url.pathname);
      });
      await page.goto(path);
      await page.getByRole('article').first().getByRole('button').and(page.locator(':enabled')).first().waitFor();
      assert.deepEqual(fetched.filter((file) => !announced.has(file)), [], `on ${path}`);
      await context.close();
    }
  });

  it('with JavaScript off, a platform page shows its settings, steps, deep links and sources, and says ticking needs JavaScript', async () => {
    const context = await harness().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/platforms/linkedin');
    // Playwright's text queries skip <noscript>; without scripts the browser lays its line out like any other.
    const line = page.locator('noscript p');
    assert.match((await line.textContent()) ?? '', /ticking settings off .* needs it/);
    assert.ok(((await line.boundingBox())?.height ?? 0) > 0, 'the line is on screen');
    const card = page.getByRole('article', { name: AI.title });
    await card.getByRole('heading', { name: AI.title }).waitFor();
    assert.equal(await card.getByRole('link', { name: /Go straight to the setting/ }).getAttribute('href'), AI.url);
    // Steps and sources sit behind native disclosures, which open without a script.
    await card.getByText('How to change it', { exact: true }).click();
    await card.getByText(Object.values(AI.steps).flat()[0]!).waitFor();
    await card.getByText('More: caveats, regions and sources').click();
    await card.getByRole('heading', { name: 'Where this comes from' }).or(card.getByRole('link').nth(1)).first().waitFor();
    for (const setting of linkedin.settings.filter((s) => !('retired' in s))) {
      assert.equal(await page.getByRole('article', { name: setting.title, exact: true }).count(), 1, setting.title);
    }
    assert.equal(await card.getByRole('button', { name: 'Done' }).isDisabled(), true);
    await context.close();
  });
});
