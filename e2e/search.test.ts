import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectNoAxeViolations, useHarness } from './harness';

const harness = useHarness();

describe('finding settings across platforms', () => {
  it('search "Grok AI", tick a setting from the cross-platform list, then find it ticked on its platform page', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Find a setting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a setting' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page’s heading');

    await page.getByRole('searchbox', { name: 'Search all settings' }).fill('Grok AI');
    await page.getByRole('status').filter({ hasText: 'settings found' }).waitFor();
    await expectNoAxeViolations(page);

    const result = page.getByRole('article', { name: 'Grok & Third-party Collaborators' });
    await result.getByRole('button', { name: 'Done' }).click();
    await result.getByRole('button', { name: 'Done', pressed: true }).waitFor();

    await result.getByRole('link', { name: /Open in X/ }).click();
    await page.getByRole('heading', { level: 1, name: 'X (Twitter)' }).waitFor();
    await page.getByRole('article', { name: 'Grok & Third-party Collaborators' }).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await context.close();
  });

  it('in German, a deep link to the search page finds a setting by its German words, from the German file alone', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    const files: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('/search.json')) files.push(path.split('/').slice(-2).join('/'));
    });
    await page.goto('/de/search');
    // Usable once its controls enable: typing into the prerendered box before that would be lost.
    await page.getByRole('button', { name: 'Erledigt', disabled: false }).first().waitFor();
    await page.getByRole('searchbox', { name: 'Alle Einstellungen durchsuchen' }).fill('generativer KI');
    await page.getByRole('article', { name: 'Daten zur Verbesserung generativer KI' }).waitFor();
    // The preload and the page's own fetch may both show as requests: one file, whichever answered.
    assert.deepEqual([...new Set(files)], ['de/search.json']);
    await context.close();
  });
});
