/** When the app was built (ISO 8601), set by `define` in vite.config.ts: the prerendered pages' "now". */
declare const __BUILT_AT__: string;
