import { Suspense, use, type ComponentType } from 'react';
import type { Platform } from '../schema/catalogue';
import { useParams } from 'react-router';
import { Loading } from '../components/Loading';
import { hasPlatform, loadPlatform } from '../catalogue/platform-entries';
import { withCatalogue } from '../components/with-catalogue';
import { activeLocale } from '../i18n/translate';
import NotFoundPage from '../pages/NotFoundPage';
import { lazyPage } from './lazy-page';
import { withWords } from '../i18n/load-locale';

/**
 * Every page but the not-found page, each its own chunk, loaded on first use. The dashboard too: a
 * deep link then loads neither its cards nor the catalogue index they read.
 */
export const DashboardPage = lazyPage(() => withCatalogue(import('../pages/DashboardPage')));
export const SettingsPage = lazyPage(() => withCatalogue(import('../pages/SettingsPage')));
export const SearchPage = lazyPage(() => import('../pages/SearchPage'));
export const DuePage = lazyPage(() => withCatalogue(import('../pages/DuePage')));
export const ReportPage = lazyPage(() => withCatalogue(import('../pages/ReportPage')));
export const ChangesPage = lazyPage(() => withCatalogue(import('../pages/ChangesPage')));
export const GuidedPage = lazyPage(() => withCatalogue(import('../pages/GuidedPage')));
export const ProfilesPage = lazyPage(() => import('../pages/ProfilesPage'));
export const ChecklistPage = lazyPage(() => withCatalogue(import('../pages/ChecklistPage')));
export const MakeChecklistPage = lazyPage(() => withCatalogue(import('../pages/MakeChecklistPage')));
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
