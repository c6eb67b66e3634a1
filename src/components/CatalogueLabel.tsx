import { t } from '../i18n/overlay-messages';

/**
 * A platform's own label (a title, a menu path). On a page in another language it is the platform's
 * words there when a source confirms them; otherwise the English label, marked as such: our own
 * translation is never passed off as the platform's.
 */
export function CatalogueLabel({ text, english }: { text: string; english: boolean }) {
  if (!english) return text;
  return (
    <>
      <span lang="en">{text}</span> <span className="english-label">{t('overlay.englishLabel')}</span>
    </>
  );
}

/** A platform's label quoted inside a sentence: spoken as English where it is the English label, without the mark. */
export function InlineLabel({ text, english }: { text: string; english: boolean }) {
  return english ? <span lang="en">{text}</span> : text;
}
