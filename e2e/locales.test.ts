/**
 * In your language: every route under /de, /fr and /es shows no English interface text (the visible
 * text is compared with every English message's phrases of three words or more), says its language
 * in <html lang>, and axe finds nothing in German.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, ROOT, useHarness } from './harness';
import { ROUTES, seeded } from './routes';
import { englishWords } from '../src/i18n/translate';
import { englishPhrases } from '../src/test/messages';

const harness = useHarness();
let phrases: string[] = [];

before(async () => {
  const dir = join(ROOT, 'src/i18n');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('-messages.ts'))) await import(join(dir, file));
  phrases = [...new Set([...englishWords().values()].flatMap((words) => Object.values(words).flatMap(englishPhrases)))];
});

async function settle(page: Page, route: string) {
  await page.goto(route);
  await page.locator('main h1').waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

describe('every route in German, French and Spanish', () => {
  for (const locale of ['de', 'fr', 'es']) {
    it(`shows no English interface text in ${locale}`, async () => {
      const { context, page } = await seeded(harness());
      const found: string[] = [];
      for (const route of ROUTES) {
        await settle(page, `/${locale}${route}`);
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        const visible = await page.locator('body').innerText();
        found.push(...phrases.filter((phrase) => visible.includes(phrase)).map((phrase) => `${route}: “${phrase}”`));
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }

  it('axe finds nothing on any German route', async () => {
    const { context, page } = await seeded(harness());
    for (const route of ROUTES) {
      await settle(page, `/de${route}`);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  it('links inside a German page stay in German', async () => {
    const { context, page } = await seeded(harness());
    await settle(page, '/de/');
    await page.getByRole('link', { name: 'Einstellungen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/de/settings');
    await context.close();
  });

  it('the language picker on any page opens the same page in that language, and a German browser is offered German at /', async () => {
    const context = await harness().newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await settle(page, '/settings');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/fr/settings');
    assert.equal(await page.evaluate(() => localStorage.getItem('privacy-checkup.language')), 'fr');
    await context.clearCookies();
    await page.evaluate(() => localStorage.removeItem('privacy-checkup.language'));
    await settle(page, '/');
    await page.getByRole('complementary', { name: 'This page in your language' }).getByRole('link', { name: 'Auf Deutsch lesen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dein Privatsphäre-Check' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/de/');
    await context.close();
  });

  it('a German page whose words for the header fail to arrive still starts, that part in English', async () => {
    const context = await harness().newContext();
    await context.route('**/words/*/de/common.json', (route) => route.abort('failed'));
    const page = await context.newPage();
    await page.goto('/de/');
    await page.getByRole('button', { name: 'Meine Plattformen speichern', disabled: false }).waitFor();
    await page.getByRole('checkbox', { name: /LinkedIn/ }).check();
    assert.ok(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).isVisible());
    await context.close();
  });
});

/** The `src` / `href` of every script and modulepreload a served page names: what it loads before it is interactive. */
const pageModules = (html: string) => [...html.matchAll(/<(?:script[^>]*\bsrc|link rel="modulepreload"[^>]*\bhref)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
/** The platform entries a served page preloads. */
const pageData = (html: string) => [...html.matchAll(/<link rel="preload" as="fetch"[^>]*\bhref="(\/catalogue\/[^"]+)"/g)].map((m) => m[1]!);

describe('a platform page in German, from the German overlay', () => {
  const overlay = JSON.parse(readFileSync(join(ROOT, 'data/i18n/de/linkedin.json'), 'utf8')) as {
    description: string;
    settings: Record<string, { title?: { text: string }; steps: Record<string, string[]> }>;
  };
  const flagship = overlay.settings['linkedin.data-for-generative-ai-improvement']!;

  it('the served HTML holds the German label and steps, the German description, and an English label marked as one', async () => {
    const html = await (await fetch(harness().baseURL + '/de/platforms/linkedin')).text();
    const card = html.slice(html.indexOf('id="linkedin.data-for-generative-ai-improvement"'));
    assert.ok(card.includes(`>${flagship.title!.text}</h2>`), 'the label LinkedIn shows German members');
    // As React's markup escapes it.
    for (const step of Object.values(flagship.steps).flat()) assert.ok(card.includes(step.replace(/&/g, '&amp;')), `step: ${step}`);
    assert.ok(html.includes(`<meta name="description" content="${overlay.description.slice(0, 40)}`), 'German description in the head');
    assert.match(html, /<span lang="en">Data sharing<\/span> <span class="english-label">\(englische Menübezeichnung\)<\/span>/);
  });

  it('a German deep link loads LinkedIn’s German entries, never the English ones, and the same code as in English plus its words', async () => {
    const { baseURL } = harness();
    const englishHtml = await (await fetch(baseURL + '/platforms/linkedin')).text();
    const germanHtml = await (await fetch(baseURL + '/de/platforms/linkedin')).text();
    assert.deepEqual(pageModules(englishHtml).filter((file) => !pageModules(germanHtml).includes(file)), [], 'no English-only code');
    const [englishOnly, germanEntries] = [pageData(englishHtml), pageData(germanHtml)];
    assert.equal(englishOnly.length, 1, `the English page preloads its entries: ${englishOnly.join(', ')}`);
    assert.equal(germanEntries.length, 1, `the German page preloads its entries: ${germanEntries.join(', ')}`);
    const entries = (await (await fetch(baseURL + germanEntries[0]!)).json()) as { settings: { id: string; steps: Record<string, string[]> }[] };
    assert.deepEqual(entries.settings.find((s) => s.id === 'linkedin.data-for-generative-ai-improvement')?.steps.web, flagship.steps.web, 'the German entries are preloaded');

    const context = await harness().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await settle(page, '/de/platforms/linkedin');
    await page.getByRole('article', { name: flagship.title!.text }).getByRole('button', { name: 'Erledigt' }).and(page.locator(':enabled')).waitFor();
    assert.deepEqual(requested.filter((path) => englishOnly.includes(path)), []);
    await context.close();
  });
});

