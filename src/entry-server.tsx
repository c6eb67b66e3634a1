/**
 * The build's server entry (`scripts/prerender-plugin.ts` loads it): renders every route to static
 * HTML with React's own `prerender`, which waits for every lazy page and platform's entries, so the
 * markup holds the whole page. The store is fresh and not hydrated, exactly as the browser's is
 * until stored progress has been read: decision controls come out disabled.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { MemoryRouter } from 'react-router';
import { App } from './App';
import { loadCatalogue } from './catalogue/catalogue';
import { entriesUrl, loadPlatform } from './catalogue/platform-entries';
import { t } from './i18n/page-meta-messages';
import { t as tDashboard } from './i18n/dashboard-messages';
import { t as tPlatform } from './i18n/platform-messages';
import { pageTitle } from './components/page-title';
import { paths } from './paths';
import { createAppStore } from './store/store';
import type { PageToRender } from './page-to-render';
import { loadLocale } from './i18n/load-locale';
import { LOCALES, type Locale } from './i18n/translate';
import { splitLocale } from './i18n/url-locale';
import { pathIn } from './i18n/languages';

// Every feature's words registered before any page renders, so each locale's words load in full first.
import.meta.glob('./i18n/*-messages.ts', { eager: true });

type PageInEnglish = Omit<PageToRender, 'locale' | 'alternates'>;

const page = (path: string, module: string, description: string): PageInEnglish => ({
  path, file: `${path.slice(1)}.html`, description, modules: [`src/pages/${module}.tsx`], listed: true,
});

/** Every route in every language (English at `/`, the others under `/de`, `/fr`, `/es`). */
export async function pagesToRender(): Promise<PageToRender[]> {
  const all: PageToRender[] = [];
  for (const locale of LOCALES) {
    await loadLocale(locale);
    for (const english of await pagesInWords(locale)) {
      if (locale !== 'en' && english.path === '/404') continue;
      const alternates = english.path === '/404' ? [] : LOCALES.map((other) => ({ locale: other, path: pathIn(other, english.path) }));
      const path = pathIn(locale, english.path);
      all.push({ ...english, path, file: locale === 'en' ? english.file : `${locale}/${english.file}`, locale, alternates });
    }
  }
  await loadLocale('en');
  return all;
}

/**
 * Every route, each platform its own page, and the not-found page, with heads in the active language;
 * a platform's page in `locale` preloads that language's file of its entries.
 */
async function pagesInWords(locale: Locale): Promise<PageInEnglish[]> {
  const platforms = await Promise.all((await loadCatalogue()).platforms.map((p) => loadPlatform(p.id, locale)!));
  return [
    { path: paths.home.href(), file: 'index.html', title: tDashboard('dashboard.metaTitle'), description: t('meta.home.description'), modules: ['src/pages/DashboardPage.tsx'], listed: true },
    ...platforms.map((p): PageInEnglish => ({
      path: paths.platform.href(p.id),
      file: `${paths.platform.href(p.id).slice(1)}.html`,
      title: pageTitle(tPlatform('platform.metaTitle', { name: p.name })),
      description: p.description,
      modules: ['src/pages/PlatformPage.tsx'],
      data: [entriesUrl(p.id, locale)],
      listed: true,
    })),
    page(paths.search.href(), 'SearchPage', t('meta.search.description')),
    page(paths.due.href(), 'DuePage', t('meta.due.description')),
    page(paths.report.href(), 'ReportPage', t('meta.report.description')),
    page(paths.settings.href(), 'SettingsPage', t('meta.settings.description')),
    page(paths.changes.href(), 'ChangesPage', t('meta.changes.description')),
    page(paths.guided.href(), 'GuidedPage', t('meta.guided.description')),
    page(paths.profiles.href(), 'ProfilesPage', t('meta.profiles.description')),
    page(paths.makeChecklist.href(), 'MakeChecklistPage', t('meta.makeChecklist.description')),
    // Its checklist travels in the link's fragment, which no server sees: the page alone says nothing to a search engine.
    { ...page(paths.checklist.href(), 'ChecklistPage', t('meta.checklist.description')), listed: false },
    { path: '/404', file: '404.html', description: t('meta.notFound.description'), modules: [], listed: false },
  ];
}

/** The title of a page whose entry has none: its heading's text, in the site's title pattern. */
export const titleFromHeading = pageTitle;

/** The app's markup at `path`, as the browser will hydrate it. */
export async function renderPath(path: string): Promise<string> {
  const { locale, basename } = splitLocale(path);
  await loadLocale(locale);
  const store = createAppStore({ storage: undefined });
  const { prelude } = await prerender(
    <StrictMode>
      <MemoryRouter initialEntries={[path]} basename={basename}>
        <App store={store} />
      </MemoryRouter>
    </StrictMode>,
    // Every boundary inline, whatever its size: outlined ones are revealed by inline scripts, which the CSP forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
