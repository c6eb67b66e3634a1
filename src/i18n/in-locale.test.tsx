import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';
import { englishPhrases } from '../test/messages';
import { pseudoMessage, pseudoTable } from './pseudo-words';
import { loadLocale } from './load-locale';
import { englishWords, setWords } from './translate';
import { formatDay, formatList, formatPercent, regionName } from './format';
import { reportWords } from './report-messages';
import { calendarText } from '../components/calendar-export';
import { t } from './dashboard-messages';

// Every feature's words registered, as if every page had loaded.
import.meta.glob('./*-messages.ts', { eager: true });

afterEach(() => loadLocale('en'));

describe('the interface in another language', () => {
  it('shows German words, dates and numbers once German has loaded, English before', async () => {
    expect(t('dashboard.title')).toBe('Your privacy checkup');
    await loadLocale('de');
    expect(t('dashboard.title')).toBe('Dein Privatsphäre-Check');
    expect(formatDay('2025-09-18')).toBe('18. Sept. 2025');
    expect(formatPercent(0.5)).toBe('50\u00a0%');
    expect(regionName('CH')).toBe('Schweiz');
    await loadLocale('en');
    expect(t('dashboard.title')).toBe('Your privacy checkup');
    expect(formatDay('2025-09-18')).toBe('18 Sep 2025');
  });

  it('writes the report, the calendar file and lists in the chosen language', async () => {
    await loadLocale('de');
    expect(reportWords.lang).toBe('de');
    expect(reportWords.say('title')).toBe('Mein Datenschutzbericht');
    expect(reportWords.day('2026-03-05')).toBe('5. März 2026');
    expect(calendarText.calendarName).toBe('Privacy Checkup: Nachprüfungen');
    expect(calendarText.summary('LinkedIn')).toBe('Datenschutz-Nachprüfung: LinkedIn');
    expect(formatList(['LinkedIn', 'Reddit', 'X'])).toBe('LinkedIn, Reddit und X');
    await loadLocale('es');
    expect(formatList(['LinkedIn', 'Reddit', 'X'])).toBe('LinkedIn, Reddit y X');
    expect(reportWords.lang).toBe('es');
  });

  it('writes French dates and plurals by French rules', async () => {
    await loadLocale('fr');
    expect(formatDay('2026-02-01')).toBe('1 févr. 2026');
    const { t: picker } = await import('./picker-messages');
    expect(picker('picker.count', { count: 0 })).toBe('0 paramètre');
    expect(picker('picker.count', { count: 2 })).toBe('2 paramètres');
  });

  it('greets a first visit to the dashboard in Spanish', async () => {
    await loadLocale('es');
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store);
    expect(screen.getByRole('heading', { level: 2, name: '¿Qué plataformas usas?' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Buscar plataformas' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeInTheDocument();
  });
});

describe('the pseudo-locale finds text that bypasses the messages', () => {
  const pseudo = (rtl: boolean) =>
    new Map([...englishWords()].map(([feature, words]) => [feature, pseudoTable(words, rtl)]));
  const phrases = [...new Set([...englishWords().values()].flatMap((words) => Object.values(words).flatMap(englishPhrases)))];

  it('makes every message longer and without plain letters, keeping its placeholders', () => {
    const made = pseudoMessage('Open {name}’s settings: {count, plural, one {# item} other {# items}}');
    expect(made).toMatch(/^[^A-Za-z]*\{name\}[^A-Za-z]*\{count, plural, one \{#[^A-Za-z]*\} other \{#[^A-Za-z]*\}\}$/);
    expect(made.length).toBeGreaterThan('Open {name}’s settings: {count, plural, one {# item} other {# items}}'.length);
  });

  it.each([false, true])('the dashboard with a chosen platform shows no English interface text (right-to-left: %s)', async (rtl) => {
    // Chosen as the app chooses a language, so a part of the page that loads later (its words with it)
    // stays in it; this build has no pseudo-locale files, so the words are put in here.
    await loadLocale('en-XA');
    setWords('en-XA', pseudo(rtl));
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().choosePlatforms(['linkedin']);
    await renderApp(store);
    const main = await screen.findByRole('main');
    expect(within(main).getAllByRole('heading').length).toBeGreaterThan(1);
    const visible = document.body.textContent ?? '';
    expect(phrases.filter((phrase) => visible.includes(phrase))).toEqual([]);
  });
});
