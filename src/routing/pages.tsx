import { Suspense, use, type ComponentType } from 'react';
import type { Platform } from '../schema/catalogue';
import { useParams } from 'react-router';
import { Loading } from '../components/Loading';
import { hasPlatform, loadPlatform } from '../catalogue/platform-entries';
import { loadCatalogue } from '../catalogue/catalogue';
import { activeLocale } from '../i18n/translate';
import NotFoundPage from '../pages/NotFoundPage';
import { lazyPage } from './lazy-page';
import { withWords } from '../i18n/load-locale';

/** A page that lists settings: its code and the catalogue's index are asked for together, and it renders once both are in. */
const withIndex = <T,>(loading: Promise<T>): Promise<T> => Promise.all([loading, loadCatalogue()]).then(([page]) => page);

/**
 * Every page but the not-found page, each its own chunk, loaded on first use. The dashboard too: a
 * deep link then loads neither its cards nor the catalogue index they read.
 */
export const DashboardPage = lazyPage(() => withIndex(import('../pages/DashboardPage')));
export const SettingsPage = lazyPage(() => withIndex(import('../pages/SettingsPage')));
export const SearchPage = lazyPage(() => import('../pages/SearchPage'));
export const DuePage = lazyPage(() => withIndex(import('../pages/DuePage')));
export const ReportPage = lazyPage(() => withIndex(import('../pages/ReportPage')));
export const ChangesPage = lazyPage(() => withIndex(import('../pages/ChangesPage')));
export const GuidedPage = lazyPage(() => withIndex(import('../pages/GuidedPage')));
export const ProfilesPage = lazyPage(() => import('../pages/ProfilesPage'));
export const ChecklistPage = lazyPage(() => withIndex(import('../pages/ChecklistPage')));
export const MakeChecklistPage = lazyPage(() => withIndex(import('../pages/MakeChecklistPage')));
// The platform page's code and the platform's entries are asked for together: neither waits for the other.
let platformPage: Promise<{ default: ComponentType<{ platform: Platform }> }> | undefined;
const loadPlatformPage = () => (platformPage ??= withWords(import('../pages/PlatformPage')));

function PlatformEntries({ id }: { id: string }) {
  const page = loadPlatformPage();
  const platform = use(loadPlatform(id, activeLocale())!);
  const { default: PlatformPage } = use(page);
  return <PlatformPage platform={platform} />;
}

/** A platform's page: its code and its entries load side by side, and it shows once both are there. */
export function PlatformRoute() {
  const { id = '' } = useParams();
  if (!hasPlatform(id)) return <NotFoundPage />;
  return (
    <Suspense fallback={<Loading />}>
      <PlatformEntries id={id} />
    </Suspense>
  );
}
