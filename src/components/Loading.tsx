import { t } from '../i18n/common-messages';

/** Stands in for content while stored progress or a chunk loads, so no "0 % done" flashes first. */
export function Loading({ text = t('loading') }: { text?: string }) {
  return <p className="skeleton" aria-busy="true">{text}</p>;
}
