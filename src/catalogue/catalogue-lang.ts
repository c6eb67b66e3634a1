type Flags<L> = { [K in keyof L]-?: L[K] extends boolean ? K : never }[keyof L];

/**
 * The `lang` of catalogue text on a page: `en` where a page in another language shows it in English
 * (so a screen reader pronounces it as English), nothing on an English page (`localized` absent) or
 * where `part` is in the page's language. Without `part`: text no overlay translates (older labels,
 * grade notes, change notes).
 */
export function langOf<L extends object>(localized: L | undefined, part?: Flags<L>): 'en' | undefined {
  if (!localized) return undefined;
  return part && localized[part] ? undefined : 'en';
}

/** Whether a setting's title is its English label on a page in another language (the label then says so). */
export const titleInEnglish = (setting: { localized?: { title: boolean } } | undefined): boolean => langOf(setting?.localized, 'title') === 'en';
