import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlatform } from '../catalogue/platform-entries';
import { localizePlatform } from '../catalogue/localize';
import type { Platform } from '../schema/catalogue';
import type { Overlay } from '../schema/overlay';
import { loadLocale } from '../i18n/load-locale';
import { StoreProvider } from '../store/hooks';
import { hydratedStore, testDbName } from '../test/store-fixtures';
import PlatformPage from './PlatformPage';
import germanLinkedIn from '../../data/i18n/de/linkedin.json';
import englishLinkedIn from '../../data/platforms/linkedin.json';

afterEach(() => loadLocale('en'));

const objectionSteps = germanLinkedIn.settings['linkedin.data-processing-objection']!.steps.web!;

/** LinkedIn's page in `locale`, from that language's chunk, as the route renders it once loaded. */
const openLinkedIn = async (locale: string, entries?: Platform) => {
  await loadLocale(locale);
  const [store, platform] = await Promise.all([hydratedStore(testDbName()), entries ?? loadPlatform('linkedin', locale)!]);
  render(
    <StoreProvider store={store}>
      <MemoryRouter initialEntries={['/platforms/linkedin']}><PlatformPage platform={platform} /></MemoryRouter>
    </StoreProvider>,
  );
  return userEvent.setup();
};
const card = (name: string | RegExp) => screen.getByRole('article', { name });
/** The value beside "Voreinstellung der Plattform" (the platform's default) on a German card. */
const defaultOf = (article: HTMLElement) => within(article).getByText('Voreinstellung der Plattform').nextElementSibling;

describe('a platform page in another language', () => {
  it('shows LinkedIn’s AI-training switch in German: the platform’s German label and menu path, our German why and steps', async () => {
    const user = await openLinkedIn('de');
    const flagship = card('Daten zur Verbesserung generativer KI');
    expect(within(flagship).getByText(/^Solange das an ist, können LinkedIn/)).toBeInTheDocument();
    // The platform's own words, so neither is marked as the English menu name nor as English.
    expect(within(flagship).getByRole('heading', { level: 2 }).textContent).toBe('Daten zur Verbesserung generativer KI');
    expect(within(flagship).getByText('Sie › Einstellungen & Datenschutz › Datenschutz › Daten zur Verbesserung generativer KI').closest('[lang]')).toBeNull();
    expect(within(flagship).getByText('Aus')).toBeInTheDocument();
    // The platform's default in German too, beside the recommended value, not spoken as English.
    expect(defaultOf(flagship)).toHaveTextContent(/^An$/);
    expect(defaultOf(flagship)).not.toHaveAttribute('lang');

    // An older label of LinkedIn's, in English: spoken as English and marked as the English menu name.
    const alias = within(flagship).getByText('Use my data for training content creation AI models');
    expect(alias).toHaveAttribute('lang', 'en');
    expect(alias.parentElement).toHaveTextContent(/^Auch bezeichnet als: Use my data for training content creation AI models \(englische Menübezeichnung\)$/);

    await user.click(within(flagship).getByText('So änderst du es'));
    const steps = within(flagship).getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toContain('Schalte den Schalter „Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“ aus.');
  });

  it('names the page that confirms the German label, with its grade, where the card lists its sources', async () => {
    const user = await openLinkedIn('de');
    const flagship = card('Daten zur Verbesserung generativer KI');
    await user.click(within(flagship).getByText('Mehr: Hinweise, Regionen und Quellen'));
    expect(within(flagship).getByRole('link', { name: /www\.srf\.ch/ })).toHaveAttribute('href', expect.stringContaining('srf.ch/sendungen'));
    expect(within(flagship).getByRole('list', { name: 'Angaben mit schwächeren Quellen' })).toHaveTextContent('Menüpfad: aus einer einzigen Sekundärquelle');
    expect(within(flagship).getByText(/^Das Ausschalten wirkt nur für die Zukunft/)).toBeInTheDocument();
  });

  it('speaks an English label quoted in our German steps as English, its mark set apart as a title’s', async () => {
    const user = await openLinkedIn('de');
    const objection = card('Data Processing Objection Form (englische Menübezeichnung)');
    await user.click(within(objection).getByText('So änderst du es'));
    const step = within(objection).getAllByRole('listitem').find((item) => item.textContent?.startsWith('Öffne LinkedIns „Data Processing Objection Form“'))!;
    expect(within(step).getByText('Data Processing Objection Form')).toHaveAttribute('lang', 'en');
    expect(within(step).getAllByText('(englische Menübezeichnung)')[0]).toHaveClass('english-label');
    expect(step.textContent).toBe(objectionSteps[0]);
  });

  it('marks an English label as the English menu name', async () => {
    await openLinkedIn('de');
    // Translated, but LinkedIn's German label is not confirmed: our German words, LinkedIn's English label marked so.
    const objection = card('Data Processing Objection Form (englische Menübezeichnung)');
    expect(within(within(objection).getByRole('heading', { level: 2 })).getByText('Data Processing Objection Form')).toHaveAttribute('lang', 'en');
    expect(within(objection).getByText(/^Der Schalter „Daten zur Verbesserung generativer KI“ deckt nur KI ab/)).not.toHaveAttribute('lang');
    expect(within(objection).queryByText(/vorerst auf Englisch/)).not.toBeInTheDocument();
  });

  it('says a setting its overlay does not translate yet (one added to the catalogue since) is in English', async () => {
    const german = germanLinkedIn as unknown as Overlay;
    const settings = Object.fromEntries(Object.entries(german.settings).filter(([id]) => id !== 'linkedin.share-data-with-affiliates-and-partners'));
    const user = await openLinkedIn('de', localizePlatform(englishLinkedIn as unknown as Platform, 'de', { ...german, settings }));
    // Not translated at all: English words, marked as English for screen readers, and one line that says so.
    const sharing = card('Data sharing (englische Menübezeichnung)');
    expect(within(sharing).getByText('Noch nicht übersetzt: Diese Einstellung und ihre Schritte stehen vorerst auf Englisch.')).toBeInTheDocument();
    expect(within(sharing).getByText('Me › Settings & Privacy › Advertising data › Data sharing')).toHaveAttribute('lang', 'en');
    expect(defaultOf(sharing)).toHaveTextContent('On outside the EU, EEA and Switzerland');
    expect(defaultOf(sharing)).toHaveAttribute('lang', 'en');
    await user.click(within(sharing).getByText('So änderst du es'));
    const steps = within(sharing).getAllByRole('list').find((list) => list.tagName === 'OL');
    expect(steps).toHaveAttribute('lang', 'en');
  });

  it('shows the German description of the platform', async () => {
    await openLinkedIn('de');
    expect(screen.getByText(/^Ein berufliches Netzwerk, das zu Microsoft gehört/)).not.toHaveAttribute('lang');
  });

  it('uses the French overlay on the French page', async () => {
    await openLinkedIn('fr');
    expect(screen.getByRole('heading', { level: 1, name: 'LinkedIn' })).toBeInTheDocument();
    expect(screen.getAllByText(/\(nom du menu en anglais\)/).length).toBeGreaterThan(0);
  });

  it('leaves the English page as it was: no markers, no lang attributes', async () => {
    await openLinkedIn('en');
    expect(card('Data for Generative AI Improvement')).toBeInTheDocument();
    expect(screen.queryByText(/English menu name|Not translated yet/)).not.toBeInTheDocument();
    expect(document.querySelector('main [lang]')).toBeNull();
  });
});
