/**
 * Installable and offline: this journey lets the service worker run (every other context blocks
 * it), then stops the server — `setOffline` alone does not stop a worker's own fetches.
 */
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, ROOT, startPreview, watchCsp } from './harness';

/** LinkedIn's French label for its AI-training switch, from the French overlay. */
const FRENCH_TITLE = 'Données pour l\'amélioration de l\'IA générative';

let browser: Browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

describe('offline and updates', () => {
  it('after a first visit, /platforms/linkedin and /report work with the server gone; a new build brings an update prompt', async () => {
    const first = await startPreview();
    const context = await browser.newContext({ baseURL: first.baseURL });
    const violations: string[] = [];
    await watchCsp(context, violations);
    const page = await context.newPage();
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('button', { name: 'Just show me the AI-training switches' }).click();
    await page.getByRole('region', { name: 'Your platforms' }).waitFor();

    await first.server.close();
    await page.goto('/platforms/linkedin');
    const card = page.getByRole('article', { name: 'Data for Generative AI Improvement' });
    await card.getByRole('button', { name: 'Done' }).click();
    await card.getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await page.goto('/report');
    await page.getByRole('article', { name: 'My privacy report' }).getByRole('cell', { name: 'Data for Generative AI Improvement' }).waitFor();

    // A new build on the same address: here, the same files with a changed service worker.
    const next = join(ROOT, 'dist-next');
    await rm(next, { recursive: true, force: true });
    await cp(join(ROOT, 'dist'), next, { recursive: true });
    await writeFile(join(next, 'sw.js'), (await readFile(join(next, 'sw.js'), 'utf8')) + '\n// next build\n');
    const second = await startPreview({ outDir: 'dist-next', port: first.port });
    try {
      await page.goto('/platforms/linkedin');
      await card.getByRole('textbox', { name: 'Note (optional)' }).fill('typed before the update');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByRole('status').filter({ hasText: 'A new version of Privacy Checkup is ready' });
      await prompt.waitFor({ timeout: 15_000 });
      await prompt.getByRole('button', { name: 'Reload to update' }).click();
      await page.waitForEvent('load');
      // The reloaded page shows the note once its stored progress has loaded (controls enabled).
      const after = page.getByRole('article', { name: 'Data for Generative AI Improvement' });
      const note = after.getByRole('textbox', { name: 'Note (optional)' });
      await note.and(page.locator(':enabled')).waitFor();
      assert.equal(await note.inputValue(), 'typed before the update');
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
      await second.server.close();
      await rm(next, { recursive: true, force: true });
    }
  });

  it('after one visit, every kind of route opens offline from its own prerendered page, hydrated and usable', async () => {
    const server = await startPreview();
    const context = await browser.newContext({ baseURL: server.baseURL });
    const violations: string[] = [];
    await watchCsp(context, violations);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Another language's platform entries are kept once opened online.
    await page.goto('/fr/platforms/linkedin');
    await page.getByRole('article', { name: FRENCH_TITLE }).waitFor();
    await server.server.close();

    // Pages never visited before among them: the worker precached every prerendered page.
    const headings: [string, string][] = [
      ['/platforms/x', 'X (Twitter)'], ['/platforms/linkedin', 'LinkedIn'], ['/report', 'Report'],
      ['/settings', 'Settings'], ['/changes', 'What’s changed'], ['/due', 'Re-audits'], ['/', 'Your privacy checkup'],
    ];
    for (const [path, heading] of headings) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.equal(await page.locator('#root').getAttribute('data-prerendered'), path, `${path} is served its own page`);
      await page.getByRole('button', { name: 'Dark theme' }).and(page.locator(':enabled')).waitFor();
    }
    // Another language's pages are not precached: offline they render from the app shell, in their language.
    await page.goto('/de/platforms/linkedin');
    await page.getByRole('heading', { level: 1, name: 'LinkedIn' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    await page.getByRole('button', { name: 'Dunkles Design' }).and(page.locator(':enabled')).waitFor();
    // Its German entries were never fetched: the English ones, marked as English.
    await page.getByRole('article', { name: 'Data for Generative AI Improvement (englische Menübezeichnung)' }).waitFor();
    await page.goto('/fr/platforms/linkedin');
    await page.getByRole('button', { name: 'Thème sombre' }).and(page.locator(':enabled')).waitFor();
    await page.getByRole('article', { name: FRENCH_TITLE }).waitFor();
    await page.goto('/platforms/x');
    const first = page.getByRole('main').getByRole('article').first();
    await first.getByRole('button', { name: 'Done' }).click();
    await first.getByRole('button', { name: 'Done', pressed: true }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, []);
    await context.close();
  });
});
