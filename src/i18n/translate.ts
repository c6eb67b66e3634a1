/**
 * The active language and its words. English is the typed source in each `<feature>-messages.ts`;
 * every other locale's words live in `locales/<locale>/<feature>.json` (flat id → string), a format
 * a translator can edit without TypeScript. A locale's files load on demand, one chunk per feature,
 * so the first screen carries only a table of import functions (load-locale.ts), never another
 * language's words.
 * Messages are interpreted by a small formatter (no eval / new Function: the CSP forbids them).
 */

export const LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export type Table = Readonly<Record<string, string>>;
type Values = Readonly<Record<string, string | number>>;

let active: string = 'en';
/** The active locale's words, by feature (a feature whose file has not loaded yet falls back to English). */
let words = new Map<string, Table>();
/** Features whose messages module has been evaluated, so a locale switch knows which files to fetch. */
const features = new Set<string>();

export const activeLocale = (): string => active;

/** Features whose words `locale` needs and does not have yet (load-locale.ts fetches them). */
export const missingFeatures = (locale: string): string[] =>
  locale === active ? [...features].filter((feature) => !words.has(feature)) : [...features];

/** Makes `locale` active with these words (added to what it already has); the pseudo-locale's tests call it too. */
export function setWords(locale: string, byFeature: ReadonlyMap<string, Table>): void {
  words = new Map([...(locale === active ? words : []), ...byFeature]);
  active = locale;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const pluralOf = (locale: string, count: number): string => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
};

/** The index of the `}` that closes the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** `one {# setting} other {# settings}` → { one: '# setting', other: '# settings' }. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const end = closing(body, open);
    branches.set(body.slice(i, open).trim(), body.slice(open + 1, end));
    i = end + 1;
  }
  return branches;
}

/**
 * Fills `{name}` placeholders and chooses ICU plural branches (`{count, plural, one {…} other {…}}`,
 * `#` is the count). A missing value leaves its placeholder visible rather than failing the page.
 */
export function formatMessage(pattern: string, values: Values, locale: string = active): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    if (open < 0) return out + pattern.slice(i);
    out += pattern.slice(i, open);
    const end = closing(pattern, open);
    const inner = pattern.slice(open + 1, end);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (plural) {
      const [, name = '', body = ''] = plural;
      const count = Number(values[name]);
      const branches = pluralBranches(body);
      const branch = branches.get(`=${count}`) ?? branches.get(pluralOf(locale, count)) ?? branches.get('other') ?? '';
      out += formatMessage(branch.replace(/#/g, String(values[name] ?? '#')), values, locale);
    } else {
      out += Object.hasOwn(values, inner) ? String(values[inner]) : pattern.slice(open, end + 1);
    }
    i = end + 1;
  }
  return out;
}

/** Every feature's English words, by feature: the source each locale's file must match (key for key). */
const english = new Map<string, Table>();
export const englishWords = (): ReadonlyMap<string, Table> => english;

/**
 * A feature's translator: the active locale's word for `id` (from this feature's file, then the shared
 * words' file), else the English one. Ids are unique across a feature and the shared words.
 */
export function translator<Id extends string>(
  feature: string,
  own: Readonly<Record<string, string>>,
  shared?: { readonly feature: string; readonly words: Readonly<Record<string, string>> },
) {
  features.add(feature);
  english.set(feature, own);
  return (id: Id, values: Values = {}): string => {
    const pattern =
      words.get(feature)?.[id] ?? (shared && words.get(shared.feature)?.[id]) ?? own[id] ?? shared?.words[id] ?? id;
    return formatMessage(pattern, values);
  };
}
