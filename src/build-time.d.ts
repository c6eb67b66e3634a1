/** When the app was built (ISO 8601), set by `define` in vite.config.ts: the prerendered pages' "now". */
declare const __BUILT_AT__: string;

/** True only in a build made for the browser tests with `PSEUDO_LOCALE=1`: it serves the pseudo-locales (src/i18n/pseudo-locales.ts). */
declare const __PSEUDO_LOCALE__: boolean;
