/**
 * The first five minutes, on a phone (issue 19): at 390×844 the flagship's decision is on the first
 * screen of /platforms/linkedin, the header leaves the page near the top, the menu still opens the
 * whole nav, and the guided flow walks three settings. axe runs on every new or changed view in
 * both themes; screenshots of each at 390×844 and 1280×800 in both themes go to e2e/artifacts/.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expectNoAxeViolations, ROOT, useHarness } from './harness';

const ARTIFACTS = join(ROOT, 'e2e/artifacts');
const FLAGSHIP = 'Data for Generative AI Improvement';
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const THEMES = ['light', 'dark'] as const;

const harness = useHarness();
before(() => mkdir(ARTIFACTS, { recursive: true }));

/** A person who took the "AI-training switches" path: every platform with one is on their list. */
async function aiPathPage(options: BrowserContextOptions, colorScheme: 'light' | 'dark' = 'light') {
  const context = await harness().newContext({ ...options, colorScheme });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Just show me the AI-training switches' }).click();
  await page.getByRole('region', { name: 'Your platforms' }).waitFor();
  return { context, page };
}

async function enabledDone(page: Page) {
  const card = page.getByRole('article', { name: FLAGSHIP });
  await card.getByRole('button', { name: 'Done' }).and(page.locator(':enabled')).waitFor();
  return card;
}

describe('a phone’s first screen', () => {
  it('shows the flagship’s decision controls on the first screen of /platforms/linkedin, under a compact header', async () => {
    const { context, page } = await aiPathPage(PHONE);
    await page.goto('/platforms/linkedin');
    const card = await enabledDone(page);
    const viewport = page.viewportSize()!;
    for (const name of ['Done', 'Skip for now', 'Not applicable']) {
      const box = (await card.getByRole('button', { name }).boundingBox())!;
      assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `“${name}” at y=${box.y}–${box.y + box.height}, viewport ${viewport.height}`);
      console.log(`  “${name}” at y=${Math.round(box.y)}–${Math.round(box.y + box.height)} of ${viewport.height}`);
    }
    const header = (await page.locator('.site-header').boundingBox())!;
    const content = (await page.locator('main > :first-child').first().boundingBox())!;
    console.log(`  header ${Math.round(header.height)} px; content starts at y=${Math.round(content.y)}`);
    assert.ok(content.y < 100, `content starts at y=${content.y}`);
    await context.close();
  });

  it('keeps the whole nav one button away, for keyboard and screen reader alike', async () => {
    const { context, page } = await aiPathPage(PHONE);
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await page.getByRole('link', { name: 'Report' }).isVisible(), false);
    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Dashboard');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Menu');
    await menu.click();
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await context.close();
  });
});

describe('the guided flow on a phone', () => {
  it('starts from the dashboard and walks three settings, one at a time, then says what was done', async () => {
    const { context, page } = await aiPathPage(PHONE);
    const nextStep = (await page.getByRole('region', { name: 'Your next best step' }).textContent()) ?? '';
    await page.getByRole('link', { name: '10 minutes now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ten minutes, one setting at a time' }).waitFor();
    const seen: string[] = [];
    for (const decision of ['Done', 'Skip for now', 'Not applicable']) {
      const step = page.getByRole('article');
      assert.equal(await step.count(), 1, 'one setting at a time');
      const title = (await step.getByRole('heading', { level: 2 }).textContent()) ?? '';
      assert.ok(!seen.includes(title), `“${title}” shown twice`);
      seen.push(title);
      await step.getByRole('link', { name: /Go straight to the setting/ }).or(step.getByRole('group', { name: 'Your decision' })).first().waitFor();
      await step.getByRole('button', { name: decision }).click();
      await step.getByRole('button', { name: decision, pressed: true }).waitFor();
      const next = page.getByRole('button', { name: /^(Next setting|See what you did)$/ });
      // Focus moves once the decision has rendered; wait for it as a keyboard user would (it fails on timeout).
      const label = (await next.textContent()) ?? '';
      await page.waitForFunction((text) => document.activeElement?.textContent === text, label, { timeout: 5_000 });
      if (seen.length === 1) await expectNoAxeViolations(page);
      await next.click();
    }
    assert.ok(nextStep.includes(seen[0]!), `the flow starts with the dashboard’s next best step (one ordering rule): “${seen[0]}”`);
    if (await page.getByRole('button', { name: 'Stop here' }).isVisible()) await page.getByRole('button', { name: 'Stop here' }).click();
    const summary = page.getByRole('region', { name: 'What you did' });
    await summary.getByText('You dealt with 2 settings in this session.').waitFor();
    await summary.getByText('Skipped for later: 1').waitFor();
    await expectNoAxeViolations(page);
    console.log(`  guided: ${seen.join(' → ')}`);
    await context.close();
  });
});

/** The new and changed views, each settled and, where it has one, with its disclosure open. */
const VIEWS: { name: string; visit(page: Page): Promise<void> }[] = [
  { name: 'dashboard', visit: async (page) => { await page.goto('/'); await page.getByRole('region', { name: 'Dealt with, by kind of setting' }).waitFor(); } },
  { name: 'platform-linkedin', visit: async (page) => { await page.goto('/platforms/linkedin'); await enabledDone(page); } },
  {
    name: 'platform-linkedin-open',
    visit: async (page) => {
      await page.goto('/platforms/linkedin');
      const card = await enabledDone(page);
      await page.getByText('more', { exact: true }).click();
      await card.getByText('How to change it').click();
      await card.getByText('More: caveats, regions and sources').click();
    },
  },
  { name: 'guided', visit: async (page) => { await page.goto('/guided'); await page.getByRole('group', { name: 'Your decision' }).waitFor(); } },
  { name: 'report', visit: async (page) => { await page.goto('/report'); await page.getByRole('figure', { name: 'By platform' }).waitFor(); } },
];

describe('every new or changed view, both themes, phone and desktop', () => {
  for (const [device, options] of [['390x844', PHONE], ['1280x800', DESKTOP]] as const) {
    for (const theme of THEMES) {
      it(`axe finds nothing at ${device} in the ${theme} theme; screenshots taken`, async () => {
        const { context, page } = await aiPathPage(options, theme);
        // Some progress, so charts and summaries have something to show.
        await page.goto('/platforms/linkedin');
        const card = await enabledDone(page);
        await card.getByRole('button', { name: 'Done' }).click();
        await page.getByRole('article').nth(1).getByRole('button', { name: 'Not applicable' }).click();
        for (const view of VIEWS) {
          await view.visit(page);
          await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
          await expectNoAxeViolations(page);
          await page.screenshot({ path: join(ARTIFACTS, `${view.name}-${device}-${theme}.png`) });
        }
        if (device === '390x844') {
          await page.getByRole('button', { name: 'Menu' }).click();
          await expectNoAxeViolations(page);
          await page.screenshot({ path: join(ARTIFACTS, `menu-open-${device}-${theme}.png`) });
        }
        await context.close();
      });
    }
  }
});
