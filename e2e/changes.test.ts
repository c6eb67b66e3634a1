import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useHarness } from './harness';

const harness = useHarness();

describe('what’s changed', () => {
  it('lists the catalogue’s changes from the navigation, and serves the same list as an Atom feed on this site', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'What’s changed' }).click();
    await page.getByRole('heading', { level: 1, name: 'What’s changed' }).waitFor();
    const items = page.getByRole('list', { name: 'Recorded changes' }).getByRole('listitem');
    await items.first().waitFor();
    const shown = await items.count();
    assert.ok(shown > 10, `expected a list of changes, got ${shown}`);

    const feedLink = page.getByRole('link', { name: /feed reader/ });
    const href = await feedLink.getAttribute('href');
    const response = await page.request.get(new URL(href!, harness().baseURL).href);
    assert.equal(response.status(), 200);
    const xml = await response.text();
    const wellFormed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return doc.querySelector('parsererror') === null && doc.documentElement.namespaceURI === 'http://www.w3.org/2005/Atom';
    }, xml);
    assert.ok(wellFormed, 'the feed is well-formed Atom');
    const newest = await items.first().getByRole('heading').textContent();
    assert.ok(xml.includes(`<title>${newest!.trim().replace(/&/g, '&amp;').replace(/'/g, '&apos;')}</title>`), 'the feed leads with the page’s newest change');
    await context.close();
  });
});
