/**
 * In your language: every route under /de, /fr and /es shows no English interface text (the visible
 * text is compared with every English message's phrases of three words or more), says its language
 * in <html lang>, and axe finds nothing in German.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, ROOT, useHarness } from './harness';
import { ROUTES } from './routes';
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

/** Progress in English first (the same browser storage serves every language), so every page is full. */
async function seeded() {
  const context = await harness().newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Just show me the AI-training switches' }).click();
  await page.goto('/platforms/linkedin');
  await page.getByRole('article', { name: 'Data for Generative AI Improvement' }).getByRole('button', { name: 'Done' }).click();
  return { context, page };
}

describe('every route in German, French and Spanish', () => {
  for (const locale of ['de', 'fr', 'es']) {
    it(`shows no English interface text in ${locale}`, async () => {
      const { context, page } = await seeded();
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
    const { context, page } = await seeded();
    for (const route of ROUTES) {
      await settle(page, `/de${route}`);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  it('links inside a German page stay in German', async () => {
    const { context, page } = await seeded();
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
});
