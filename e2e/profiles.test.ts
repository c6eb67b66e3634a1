import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useHarness } from './harness';
import { card, isPressed } from './cards';

const AI_TITLE = 'Data for Generative AI Improvement';

const harness = useHarness();

const header = (page: Page) => page.getByRole('banner');

/** Waits until the platform page's controls are usable: stored progress has loaded. */
async function linkedin(page: Page) {
  await page.goto('/platforms/linkedin');
  await card(page, AI_TITLE).getByRole('button', { name: 'Done', exact: true, disabled: false }).waitFor();
}

describe('profiles in a real browser', () => {
  it('two profiles tick different settings in two tabs: nothing crosses over, live or after a reload', async () => {
    const context = await harness().newContext();
    const mum = await context.newPage();
    await mum.goto('/profiles');
    await mum.getByRole('heading', { level: 1, name: 'Checklists on this device' }).waitFor();
    await header(mum).getByRole('link', { name: 'Checklist: Me' }).waitFor();
    await expectNoAxeViolations(mum);
    await mum.getByLabel('Name (for example “Mum”)').fill('Mum');
    await mum.getByRole('button', { name: 'Add and open' }).click();
    await header(mum).getByRole('link', { name: 'Checklist: Mum' }).waitFor();
    await expectNoAxeViolations(mum);

    await linkedin(mum);
    await card(mum, AI_TITLE).getByRole('button', { name: 'Done', exact: true }).click();
    await card(mum, AI_TITLE).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    const other = (await mum.getByRole('article').nth(1).getByRole('heading', { level: 2 }).textContent()) ?? '';
    assert.ok(other);

    // A second tab opens the checklist last opened on this device (Mum's); this person goes back to their own.
    const me = await context.newPage();
    await me.goto('/profiles');
    await header(me).getByRole('link', { name: 'Checklist: Mum' }).waitFor();
    await me.getByRole('button', { name: 'Open Me’s checklist' }).click();
    await header(me).getByRole('link', { name: 'Checklist: Me' }).waitFor();
    await linkedin(me);
    assert.equal(await isPressed(me, AI_TITLE, 'Done'), false, 'Mum’s tick showed in my checklist');
    await card(me, other).getByRole('button', { name: 'Not applicable', exact: true }).click();
    await card(me, other).getByRole('button', { name: 'Not applicable', pressed: true }).waitFor();

    // A rename made after the tick reaches Mum's tab through the same channel, so once it shows
    // there, the tick's message has been delivered too — and must not have changed her checklist.
    await me.goto('/profiles');
    await me.getByRole('button', { name: 'Rename Me' }).click();
    await me.getByLabel('New name for Me').fill('Sam');
    await me.getByRole('button', { name: 'Save name' }).click();
    await header(me).getByRole('link', { name: 'Checklist: Sam' }).waitFor();
    await header(mum).getByRole('link', { name: 'Checklist: Mum' }).click();
    await mum.getByRole('button', { name: 'Open Sam’s checklist' }).waitFor();
    await mum.goBack();
    await card(mum, AI_TITLE).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    assert.equal(await isPressed(mum, other, 'Not applicable'), false, 'my tick showed in Mum’s checklist');

    // After a reload each tab keeps its own checklist, and each checklist its own ticks.
    await mum.reload();
    await card(mum, AI_TITLE).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await header(mum).getByRole('link', { name: 'Checklist: Mum' }).waitFor();
    assert.equal(await isPressed(mum, other, 'Not applicable'), false);
    await linkedin(me);
    await header(me).getByRole('link', { name: 'Checklist: Sam' }).waitFor();
    await card(me, other).getByRole('button', { name: 'Not applicable', pressed: true }).waitFor();
    assert.equal(await isPressed(me, AI_TITLE, 'Done'), false);
    await context.close();
  });
});
