/**
 * The origin the app is published at, from `SITE_ORIGIN` (e.g. `SITE_ORIGIN=https://example.org npm
 * run build`): canonical URLs, Open Graph addresses, the sitemap and robots.txt are built on it.
 * Unset, it is the local preview's (`vite preview`), so no build ever names a guessed domain.
 */
export const SITE_ORIGIN = new URL(process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173').origin;
