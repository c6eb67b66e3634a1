import type { BrowserContextOptions } from 'playwright-core';
import type { Harness } from './harness';

/** Every route a person can reach, once each: the journeys that walk the whole app (axe, each language) share it. */
export const ROUTES = ['/', '/platforms/linkedin', '/search', '/due', '/report', '/changes', '/settings', '/guided', '/profiles', '/checklist', '/checklist/new', '/platforms/no-such-platform'];

/**
 * A context with progress made in English first (the same browser storage serves every language), so
 * every route has something to show: the AI-training path chosen and LinkedIn's flagship done.
 */
export async function seeded(harness: Harness, options: BrowserContextOptions = {}) {
  const context = await harness.newContext(options);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Just show me the AI-training switches' }).click();
  await page.goto('/platforms/linkedin');
  await page.getByRole('article', { name: 'Data for Generative AI Improvement' }).getByRole('button', { name: 'Done' }).click();
  return { context, page };
}
