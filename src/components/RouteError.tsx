import { PageHeading } from './PageHeading';
import { t } from '../i18n/common-messages';

/**
 * What a person sees when a page's code or data cannot load (offline before the first full visit,
 * say) or a page fails while rendering: a plain message and a way to try again.
 */
export default function RouteError() {
  return (
    <>
      <PageHeading>{t('error.title')}</PageHeading>
      <p>{t('platform.loadFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('storage.reload')}</button>
    </>
  );
}
