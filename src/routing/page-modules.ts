import type { ComponentType } from 'react';
import type { Platform } from '../schema/catalogue';
import { platformArrival } from '../catalogue/platform-chunks';
import { paths } from '../paths';
import { once, type Arrival } from './arrival';
import { loadWords } from '../i18n/load-locale';

type Page<Props = object> = () => Arrival<{ default: ComponentType<Props> }>;

/** A page arrives with its words in the active language (its messages module registers its feature on import). */
const withWords = async <T>(page: Promise<T>): Promise<T> => {
  const loaded = await page;
  await loadWords();
  return loaded;
};

/** Every page but the dashboard loads on first use, each as its own chunk. */
export const pages = {
  platform: once(() => withWords(import('../pages/PlatformPage'))) satisfies Page<{ platform: Platform }>,
  settings: once(() => withWords(import('../pages/SettingsPage'))) satisfies Page,
  search: once(() => withWords(import('../pages/SearchPage'))) satisfies Page,
  due: once(() => withWords(import('../pages/DuePage'))) satisfies Page,
  report: once(() => withWords(import('../pages/ReportPage'))) satisfies Page,
  changes: once(() => withWords(import('../pages/ChangesPage'))) satisfies Page,
  guided: once(() => withWords(import('../pages/GuidedPage'))) satisfies Page,
  profiles: once(() => withWords(import('../pages/ProfilesPage'))) satisfies Page,
  checklist: once(() => withWords(import('../pages/ChecklistPage'))) satisfies Page,
  makeChecklist: once(() => withWords(import('../pages/MakeChecklistPage'))) satisfies Page,
};

const byPath = new Map<string, Page>([
  [paths.settings.href(), pages.settings],
  [paths.search.href(), pages.search],
  [paths.due.href(), pages.due],
  [paths.report.href(), pages.report],
  [paths.changes.href(), pages.changes],
  [paths.guided.href(), pages.guided],
  [paths.profiles.href(), pages.profiles],
  [paths.checklist.href(), pages.checklist],
  [paths.makeChecklist.href(), pages.makeChecklist],
]);

/**
 * Starts loading what the page at `pathname` needs (its code and, for a platform, its entries) and
 * returns those arrivals. Called before the app's own code has even been evaluated, so a deep link
 * does not wait for one chunk after another.
 */
export function preloadRoute(pathname: string): Arrival<unknown>[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const platformId = paths.platform.idOf(path);
  if (platformId !== undefined) return [pages.platform(), platformArrival(platformId)].filter((a) => a !== undefined);
  const page = byPath.get(path);
  return page ? [page()] : [];
}
