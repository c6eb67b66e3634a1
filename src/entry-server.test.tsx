// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue/catalogue';
import { pagesToRender, renderPath } from './entry-server';

const catalogueIndex = await loadCatalogue();

describe('the prerendered pages', () => {
  it('are every platform and every route, each written to its own file, the not-found page left out of the sitemap', async () => {
    const pages = await pagesToRender();
    const paths = pages.map((p) => p.path);
    for (const platform of catalogueIndex.platforms) expect(paths).toContain(`/platforms/${platform.id}`);
    for (const path of ['/', '/search', '/due', '/report', '/settings', '/changes', '/guided']) expect(paths).toContain(path);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
    expect(pages.find((p) => p.path === '/platforms/linkedin')).toMatchObject({ file: 'platforms/linkedin.html', listed: true });
    expect(pages.find((p) => p.file === '404.html')).toMatchObject({ listed: false });
    // Each language's platform page preloads that language's file of its entries.
    expect(pages.find((p) => p.path === '/de/platforms/linkedin')?.data).toEqual([expect.stringMatching(/^\/catalogue\/\w+\/de\/linkedin\.json$/)]);
    expect(pages.find((p) => p.path === '/de/platforms/linkedin')?.description).toMatch(/^Ein berufliches Netzwerk/);
  }, 20_000); // every platform's entries in four languages

  it('hold a platform’s settings with their controls disabled, as the browser shows them until stored progress is read', async () => {
    const html = await renderPath('/platforms/linkedin');
    expect(html).toContain('<h2 id="setting-linkedin.data-for-generative-ai-improvement">Data for Generative AI Improvement</h2>');
    expect(html).toContain('href="https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Done<\/button>/);
    expect(html).not.toMatch(/<button(?![^>]*disabled="")[^>]*class="status-button[^>]*>Done<\/button>/);
    expect(html).not.toContain('<script');
  });

  it('render an unknown path as the not-found page', async () => {
    expect(await renderPath('/404')).toContain('Page not found');
  });
});
