import { t, type MessageId } from '../i18n/messages';

/** Stands in for content while stored progress or a chunk loads, so no "0 % done" flashes first. */
export function Loading({ message = 'loading' }: { message?: MessageId }) {
  return <p className="skeleton" aria-busy="true">{t(message)}</p>;
}
