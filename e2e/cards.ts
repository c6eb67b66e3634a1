import type { Page } from 'playwright-core';

/** A setting's card, by its title. */
export const card = (page: Page, title: string) => page.getByRole('article', { name: title });

/**
 * Whether a card's button is pressed, read once the card says what is stored: a card's buttons are
 * disabled until then (and every card after a page's first hydrates a moment later than the first).
 */
export async function isPressed(page: Page, title: string, name: string): Promise<boolean> {
  const button = card(page, title).getByRole('button', { name, exact: true });
  await button.and(page.locator(':enabled')).waitFor();
  return (await button.getAttribute('aria-pressed')) === 'true';
}
