import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expectNoAxeViolations, useHarness } from './harness';

const harness = useHarness();

const PICKS = [
  { search: 'grok', button: 'Add Grok & Third-party Collaborators (X (Twitter))', id: 'x.grok-ai-training' },
  { search: 'linkedin generative', button: 'Add Data for Generative AI Improvement (LinkedIn)', id: 'linkedin.data-for-generative-ai-improvement' },
];

describe('a checklist for a group, in a real browser', () => {
  it('an organiser’s link, opened in a fresh browser, shows exactly its settings in its order; the answers go back as a file', async () => {
    const organiser = await harness().newContext();
    const page = await organiser.newPage();
    await page.goto('/checklist/new');
    await page.getByRole('heading', { level: 1, name: 'Make a checklist for others' }).waitFor();
    await page.getByLabel('Title').fill('Newsroom basics');
    await page.getByLabel('Short introduction (optional)').fill('Please do these two before Friday.');
    for (const pick of PICKS) {
      await page.getByLabel('Search settings').fill(pick.search);
      await page.getByRole('button', { name: pick.button }).click();
    }
    // The organiser wants LinkedIn's first.
    await page.getByRole('button', { name: 'Move Data for Generative AI Improvement up' }).click();
    await expectNoAxeViolations(page);
    const link = await page.getByLabel('Link to share').inputValue();
    assert.match(link, /\/checklist#[A-Za-z0-9_-]+$/);
    await organiser.close();

    const member = await harness().newContext();
    const fresh = await member.newPage();
    await fresh.goto(link);
    const offer = fresh.getByRole('region', { name: 'Newsroom basics' });
    await offer.waitFor();
    await expectNoAxeViolations(fresh);
    await offer.getByLabel('Name for the new checklist').fill('Newsroom');
    await offer.getByRole('button', { name: 'Start a new checklist for it' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Newsroom basics' }).waitFor();
    await fresh.getByRole('banner').getByRole('link', { name: 'Checklist: Newsroom' }).waitFor();
    await fresh.getByText('Please do these two before Friday.').waitFor();
    const cards = fresh.getByRole('article');
    await cards.nth(1).waitFor();
    assert.deepEqual(await cards.evaluateAll((articles) => articles.map((a) => a.id)), [PICKS[1]!.id, PICKS[0]!.id]);
    assert.equal(new URL(fresh.url()).hash, '', 'the link’s checklist is still in the address bar');
    await expectNoAxeViolations(fresh);

    await cards.first().getByRole('button', { name: 'Done', exact: true }).click();
    await fresh.getByText('1 of 2 dealt with').waitFor();
    const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.getByRole('button', { name: 'Hand back my answers (file)' }).click()]);
    const reply = JSON.parse(await readFile((await download.path())!, 'utf8'));
    assert.deepEqual(reply.settings.map((s: { id: string; status: string }) => [s.id, s.status]), [[PICKS[1]!.id, 'done'], [PICKS[0]!.id, 'open']]);

    // After a reload the profile still follows it.
    await fresh.reload();
    await fresh.getByRole('heading', { level: 1, name: 'Newsroom basics' }).waitFor();
    await member.close();
  });
});
