import { Fragment } from 'react';
import { splitQuotedLabels } from '../catalogue/quoted-labels';
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

/**
 * Our translated text with each English label it quotes spoken as English and its mark set apart, as
 * a title's is (the overlays write the mark after the label: catalogue/quoted-labels.ts).
 */
export function TranslatedText({ text }: { text: string }) {
  const mark = t('overlay.englishLabel');
  return splitQuotedLabels(text, mark).map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      <Fragment key={i}>
        {part.open}
        <span lang="en">{part.label}</span>
        {part.close} <span className="english-label">{mark}</span>
      </Fragment>
    ),
  );
}
