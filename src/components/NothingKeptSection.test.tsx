import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/load-locale';
import { createAppStore } from '../store/store';
import { keepsNothing } from '../store/visit';
import { fixedNow } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

afterEach(() => loadLocale('en'));

async function settingsInGerman(nothingKept: boolean) {
  await loadLocale('de');
  const store = createAppStore({ storage: undefined, now: fixedNow(), nothingKept });
  await store.getState().hydrate();
  await renderApp(store, '/settings');
}

describe('“Nothing kept on this device” in another language', () => {
  it('starts the visit on the German dashboard', async () => {
    await settingsInGerman(false);
    expect(screen.getByRole('link', { name: 'Besuch ohne Speichern öffnen' })).toHaveAttribute('href', '/de/?nothing-kept');
  });

  it('ends the visit on the German dashboard, and the tab keeps progress again', async () => {
    const user = userEvent.setup();
    keepsNothing(new URL('http://localhost/?nothing-kept'));
    await settingsInGerman(true);
    const stop = screen.getByRole('link', { name: 'Fortschritt wieder auf diesem Gerät speichern' });
    expect(stop).toHaveAttribute('href', '/de/');
    // jsdom cannot load another page: the test stops at the click, which must end the mode first.
    const noLoad = (event: Event) => event.preventDefault();
    document.addEventListener('click', noLoad);
    await user.click(stop);
    document.removeEventListener('click', noLoad);
    expect(keepsNothing(new URL('http://localhost/'))).toBe(false);
  });
});
