import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectNoAxeViolations, useHarness } from './harness';

const AI_TITLE = 'Data for Generative AI Improvement';

const harness = useHarness();

describe('the checklist in a real browser', () => {
  it('choose LinkedIn, open it from the featured card, mark the AI setting done with a note, reload, find both', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Which platforms do you use?' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Search platforms' }).fill('Linked');
    await page.getByRole('checkbox', { name: /LinkedIn/ }).check();
    await page.getByRole('button', { name: 'Save my platforms' }).click();
    await page.getByRole('region', { name: 'Your platforms' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Review this setting on LinkedIn' }).click();
    const card = page.getByRole('article', { name: AI_TITLE });
    await card.getByRole('button', { name: 'Done' }).click();
    await card.getByRole('textbox', { name: 'Note (optional)' }).fill('Switched off on 23 Nov');
    await page.getByRole('status').filter({ hasText: 'marked done' }).waitFor();
    await expectNoAxeViolations(page);

    await page.reload();
    const reloaded = page.getByRole('article', { name: AI_TITLE });
    await reloaded.getByRole('button', { name: 'Done', pressed: true }).waitFor();
    assert.equal(await reloaded.getByRole('textbox', { name: 'Note (optional)' }).inputValue(), 'Switched off on 23 Nov');
    assert.match(await page.getByRole('progressbar', { name: 'LinkedIn progress' }).getAttribute('value') ?? '', /^1$/);
    await context.close();
  });

  it('a direct visit to /platforms/linkedin works, and an unknown platform shows not-found', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    await page.goto('/platforms/linkedin');
    await page.getByRole('heading', { level: 1, name: 'LinkedIn' }).waitFor();
    const link = page.getByRole('link', { name: /Go straight to the setting/ }).first();
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await page.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done' }).and(page.locator(':enabled')).waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/platforms/no-such-platform');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('two tabs tick different settings; each sees the other’s change, and both are kept', async () => {
    const context = await harness().newContext();
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    await tabA.goto('/platforms/linkedin');
    await tabB.goto('/platforms/linkedin');
    const articles = (page: typeof tabA) => page.getByRole('article');
    const secondTitle = await articles(tabA).nth(1).getByRole('heading', { level: 2 }).textContent();
    assert.ok(secondTitle);

    await tabA.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done' }).click();
    await tabB.getByRole('article', { name: secondTitle }).getByRole('button', { name: 'Not applicable' }).click();

    await tabB.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await tabA.getByRole('article', { name: secondTitle }).getByRole('button', { name: 'Not applicable', pressed: true }).waitFor();

    await tabA.reload();
    await tabA.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await tabA.getByRole('article', { name: secondTitle }).getByRole('button', { name: 'Not applicable', pressed: true }).waitFor();
    assert.equal(await tabA.getByRole('progressbar', { name: 'LinkedIn progress' }).getAttribute('value'), '2');
    await context.close();
  });
});

describe('the Content-Security-Policy', () => {
  it('is enforced from the preview header and the built page: an inline script is refused, and the watcher sees it', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    const response = await page.goto('/');
    assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'self'.*frame-ancestors 'none'/);
    assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1);
    // DevTools evaluation is exempt from CSP, so inject a script the way an attacker's markup would.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan), undefined);
    assert.ok(harness().cspViolations.some((v) => v.startsWith('script-src')), `violation seen: ${harness().cspViolations.join('; ')}`);
    harness().cspViolations.length = 0; // expected here; every other journey must have none
    await context.close();
  });
});
