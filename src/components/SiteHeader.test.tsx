import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

describe('the site header’s menu', () => {
  it('a menu button says whether the menu is open and controls it', async () => {
    const user = userEvent.setup();
    await renderApp(await storeAfterCatalogue(testDbName()));
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveClass('open');
  });

  it('closes on Escape with focus back on the button, and after following a link', async () => {
    const user = userEvent.setup();
    await renderApp(await storeAfterCatalogue(testDbName()));
    const menu = screen.getByRole('button', { name: 'Menu' });
    await user.click(menu);
    await user.click(screen.getByRole('link', { name: 'Report' }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    await user.click(menu);
    screen.getByRole('link', { name: 'Settings' }).focus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });
});
