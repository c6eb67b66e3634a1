/** Every route's path pattern and link builder, in one place. */
export const paths = {
  home: { path: '/', href: () => '/' },
  platform: {
    path: '/platforms/:id',
    href: (id: string) => `/platforms/${encodeURIComponent(id)}`,
    /** The id in a platform page's pathname, `undefined` for any other path (or a malformed escape). */
    idOf: (pathname: string): string | undefined => {
      const match = /^\/platforms\/([^/]+)$/.exec(pathname);
      try {
        return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
      } catch {
        return undefined;
      }
    },
  },
  settings: { path: '/settings', href: () => '/settings' },
  search: { path: '/search', href: () => '/search' },
  due: { path: '/due', href: () => '/due' },
  report: { path: '/report', href: () => '/report' },
  changes: { path: '/changes', href: () => '/changes' },
  /** One open setting at a time, most useful first. */
  guided: { path: '/guided', href: () => '/guided' },
  /** The checklists (profiles) on this device. */
  profiles: { path: '/profiles', href: () => '/profiles' },
  /** A group checklist: the one a link's fragment carries, or the one the profile follows. */
  checklist: { path: '/checklist', href: (fragment = '') => (fragment ? `/checklist#${fragment}` : '/checklist') },
  makeChecklist: { path: '/checklist/new', href: () => '/checklist/new' },
} as const;
