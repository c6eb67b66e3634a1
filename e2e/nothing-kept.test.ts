import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectNoAxeViolations, useHarness } from './harness';

const AI_TITLE = 'Data for Generative AI Improvement';

const harness = useHarness();

describe('nothing kept on this device, in a real browser', () => {
  it('a visit from the settings link ticks and writes a note, and IndexedDB and localStorage stay empty; closing asks first', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    await page.goto('/?nothing-kept');
    const banner = page.getByRole('region', { name: 'Nothing kept on this device' });
    await banner.waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/platforms/linkedin');
    const card = page.getByRole('article', { name: AI_TITLE });
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    await card.getByRole('textbox', { name: 'Note (optional)' }).fill('borrowed laptop');
    await card.getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await banner.waitFor();

    const kept = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      local: Object.keys(localStorage),
    }));
    assert.deepEqual(kept, { databases: [], local: [] });

    // Closing with progress that no backup holds asks first.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');

    // A new tab in the same browser keeps progress as usual: the mode was this tab's only.
    const next = await context.newPage();
    await next.goto('/platforms/linkedin');
    await next.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done', exact: true, pressed: false, disabled: false }).waitFor();
    assert.equal(await next.getByRole('region', { name: 'Nothing kept on this device' }).count(), 0);
    await context.close();
  });
});
