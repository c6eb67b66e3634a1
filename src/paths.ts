/** Every route's path pattern and link builder, in one place. */
export const paths = {
  home: { path: '/', href: () => '/' },
  platform: { path: '/platforms/:id', href: (id: string) => `/platforms/${encodeURIComponent(id)}` },
  settings: { path: '/settings', href: () => '/settings' },
  search: { path: '/search', href: () => '/search' },
  due: { path: '/due', href: () => '/due' },
  report: { path: '/report', href: () => '/report' },
} as const;
