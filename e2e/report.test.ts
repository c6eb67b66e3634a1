import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, useHarness } from './harness';

const AI_TITLE = 'Data for Generative AI Improvement';
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const harness = useHarness();

async function tickWithNote(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/platforms/linkedin');
  const card = page.getByRole('article', { name: AI_TITLE });
  await card.getByRole('button', { name: 'Done' }).click();
  await card.getByRole('textbox', { name: 'Note (optional)' }).fill(HOSTILE);
  await card.getByRole('button', { name: 'Done', pressed: true }).waitFor();
  return page;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFile((await file.path())!, 'utf8');
}

describe('report, backup and forgetting', () => {
  it('downloads the report as Markdown and HTML; the HTML opens with the LinkedIn entry and runs no script', async () => {
    const context = await harness().newContext();
    const page = await tickWithNote(context);
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
    await page.getByRole('article', { name: 'My privacy report' }).getByText(HOSTILE).waitFor(); // shown as text
    await expectNoAxeViolations(page);

    const markdown = await download(page, 'Markdown (.md)');
    assert.match(markdown, /^# My privacy report/);
    assert.match(markdown, /\| Data for Generative AI Improvement \| Done \|/);

    const html = await download(page, 'Web page (.html)');
    const file = join(tmpdir(), `report-${Date.now()}.html`);
    await writeFile(file, html);
    // Opened as a person would open the saved file: from disk, outside the app's origin.
    const fileContext = await harness().browser.newContext();
    const viewer = await fileContext.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    viewer.on('pageerror', (e) => errors.push(e.message));
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.goto(pathToFileURL(file).href);
    await viewer.getByRole('cell', { name: AI_TITLE }).waitFor();
    await viewer.getByRole('cell', { name: HOSTILE }).waitFor();
    assert.equal(await viewer.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.equal(await viewer.locator('script, img').count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [pathToFileURL(file).href], 'the report file loads nothing else');
    await fileContext.close();
    await context.close();
  });

  it('a corrupted backup shows the error and leaves the data intact; forgetting everything leaves a fresh app', async () => {
    const context = await harness().newContext();
    const page = await tickWithNote(context);
    await page.goto('/settings');
    const backup = await download(page, 'Download a backup');
    assert.equal(JSON.parse(backup).type, 'privacy-checkup-backup');

    await page.getByLabel('Choose a backup file').and(page.locator(':enabled')).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, 200)) });
    await page.getByRole('alert').filter({ hasText: 'Nothing was changed.' }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto('/platforms/linkedin');
    await page.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done', pressed: true }).waitFor();

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Forget everything…' }).click();
    await page.getByRole('button', { name: 'Yes, forget everything' }).click();
    await page.getByRole('status').filter({ hasText: /Removed \d+ saved records/ }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Which platforms do you use?' }).waitFor();
    await page.goto('/platforms/linkedin');
    await page.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done', pressed: false }).waitFor();

    // The backup taken before brings it all back.
    await page.goto('/settings');
    await page.getByLabel('Choose a backup file').and(page.locator(':enabled')).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.getByRole('button', { name: 'Replace everything here with the file' }).click();
    await page.getByRole('status').filter({ hasText: 'Backup restored' }).waitFor();
    await page.goto('/platforms/linkedin');
    await page.getByRole('article', { name: AI_TITLE }).getByRole('button', { name: 'Done', pressed: true }).waitFor();
    await context.close();
  });

  it('a protected backup made here holds no readable platform name, is refused in a fresh browser with a wrong passphrase, and opens with the right one', async () => {
    const context = await harness().newContext();
    const page = await tickWithNote(context);
    await page.goto('/settings');
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
    await page.getByLabel('Type the passphrase again').fill('correct horse battery staple');
    const sealed = await download(page, 'Download a protected backup');
    assert.match(sealed, /^\{"type":"privacy-checkup-encrypted-backup","version":1,"kdf":\{"name":"PBKDF2","hash":"SHA-256","iterations":600000/);
    for (const secret of ['linkedin', 'LinkedIn', 'onerror', 'done']) assert.ok(!sealed.includes(secret), `the file shows "${secret}"`);
    await context.close();

    const fresh = await harness().newContext();
    const other = await fresh.newPage();
    await other.goto('/settings');
    await other.getByLabel('Choose a backup file').and(other.locator(':enabled')).setInputFiles({ name: 'backup.protected.json', mimeType: 'application/json', buffer: Buffer.from(sealed) });
    await other.getByLabel('Passphrase of this backup').fill('correct horse battery stapler');
    await other.getByRole('button', { name: 'Open the backup' }).click();
    await other.getByRole('alert').filter({ hasText: 'This passphrase does not open the file' }).waitFor();
    await expectNoAxeViolations(other);
    await other.getByLabel('Passphrase of this backup').fill('correct horse battery staple');
    await other.getByRole('button', { name: 'Open the backup' }).click();
    await other.getByRole('button', { name: 'Replace everything here with the file' }).click();
    await other.getByRole('status').filter({ hasText: 'Backup restored' }).waitFor();
    await other.goto('/platforms/linkedin');
    const card = other.getByRole('article', { name: AI_TITLE });
    await card.getByRole('button', { name: 'Done', pressed: true }).waitFor();
    assert.equal(await card.getByRole('textbox', { name: 'Note (optional)' }).inputValue(), HOSTILE);
    await fresh.close();
  });
});
