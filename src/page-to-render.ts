/** A page the build prerenders: shared by the server entry that lists them and the plugin that writes them. */
export interface PageToRender {
  path: string;
  /** Where it is written in the build, relative to its root. */
  file: string;
  /** Plain text; `undefined` takes the page's own heading. */
  title?: string;
  description: string;
  /** Source modules whose chunks (and styles) the page needs as soon as it loads. */
  modules: string[];
  /** Data files (URLs) the page fetches as soon as it loads: a platform page's entries. */
  data?: string[];
  /** Listed in the sitemap. */
  listed: boolean;
  /** The page's language, and the same page in every language (for `hreflang`). */
  locale: string;
  alternates: { locale: string; path: string }[];
}
