import { Fragment } from 'react';
import { splitQuotedLabels } from '../catalogue/quoted-labels';
import { t } from '../i18n/overlay-messages';

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
