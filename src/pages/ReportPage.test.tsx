import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/load-locale';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

describe('the report page in German', () => {
  afterEach(() => loadLocale('en'));

  it('names LinkedIn’s AI-training switch by its confirmed German label, and marks the labels still in English', async () => {
    await loadLocale('de');
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().choosePlatforms(['linkedin']);
    await renderApp(store, '/report');

    const linkedin = await screen.findByRole('region', { name: 'LinkedIn' });
    const rows = within(linkedin).getAllByRole('row').map((row) => row.textContent ?? '');
    expect(rows).toContainEqual(expect.stringMatching(/^Daten zur Verbesserung generativer KI(?! \(englische)/));
    // Every other title is LinkedIn's English label, marked and spoken as English.
    const english = within(linkedin).getAllByText('(englische Menübezeichnung)');
    expect(english.length).toBeGreaterThan(0);
    for (const mark of english) expect(mark.previousElementSibling).toHaveAttribute('lang', 'en');
  });
});
