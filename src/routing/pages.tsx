import { use, type ComponentType } from 'react';
import type { Platform } from '../schema/catalogue';
import { useParams } from 'react-router';
import { hasPlatform, loadPlatform } from '../catalogue/platform-entries';
import { withCatalogue } from '../components/with-catalogue';
import { withSearch } from '../components/use-search';
import { withPlatformList } from '../components/use-platform-list';
import { activeLocale } from '../i18n/translate';
import NotFoundPage from '../pages/NotFoundPage';
import { lazyPage } from './lazy-page';
import { withWords } from '../i18n/load-locale';
import { paths } from '../paths';
import { readyForUse } from './ready-for-use';

/**
 * Every page but the not-found page, each its own chunk, loaded on first use. The dashboard too: a
 * deep link then loads neither its cards nor the catalogue index they read.
 */
export const DashboardPage = lazyPage(() => withPlatformList(import('../pages/DashboardPage')));
export const SettingsPage = lazyPage(() => withCatalogue(import('../pages/SettingsPage')));
export const SearchPage = lazyPage(() => withSearch(import('../pages/SearchPage')));
export const DuePage = lazyPage(() => withCatalogue(import('../pages/DuePage')));
export const ReportPage = lazyPage(() => withCatalogue(import('../pages/ReportPage')));
export const ChangesPage = lazyPage(() => withCatalogue(import('../pages/ChangesPage')));
export const GuidedPage = lazyPage(() => withCatalogue(import('../pages/GuidedPage')));
export const ProfilesPage = lazyPage(() => import('../pages/ProfilesPage'));
export const ChecklistPage = lazyPage(() => withCatalogue(import('../pages/ChecklistPage')));
export const MakeChecklistPage = lazyPage(() => withCatalogue(import('../pages/MakeChecklistPage')));
// The platform page's code and the platform's entries are asked for together: neither waits for the other.
let platformPage: Promise<{ default: ComponentType<{ platform: Platform }> }> | undefined;
const loadPlatformPage = () => (platformPage ??= readyForUse(withWords(import('../pages/PlatformPage'))));
const loadEntries = (id: string, locale: string) => readyForUse(loadPlatform(id, locale)!);

/**
 * What the page at `path` must have before it renders, asked for at once: a platform page's code
 * and its entries in `locale`. The entry waits for it before hydrating (`main.ts`), so a deep link's
 * page hydrates in React's first pass; other pages load their code as they render (`lazyPage`).
 * Settles either way: a page whose code or entries failed says so when it renders, with a retry.
 */
export async function pageReady(path: string, locale: string): Promise<void> {
  const id = paths.platform.idOf(path);
  if (id === undefined || !hasPlatform(id)) return;
  await Promise.all([loadPlatformPage(), loadEntries(id, locale)]).catch(() => undefined);
}

/**
 * A platform's page. No Suspense boundary of its own: a boundary's server markup hydrates in a later,
 * lowest-priority pass, after the rest of the page; a link followed in the app waits on the page it
 * came from (the router navigates in a transition) until the code and entries are in.
 */
export function PlatformRoute() {
  const { id = '' } = useParams();
  if (!hasPlatform(id)) return <NotFoundPage />;
  const page = loadPlatformPage();
  const platform = use(loadEntries(id, activeLocale()));
  const { default: PlatformPage } = use(page);
  return <PlatformPage platform={platform} />;
}
