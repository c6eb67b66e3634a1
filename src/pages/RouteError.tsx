import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/messages';
import NotFoundPage from './NotFoundPage';

/**
 * What a person sees when a route's code or data cannot load (offline before the first full
 * visit, say): a plain message and a way to try again, never the router's developer screen.
 */
export default function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('error.title')}</PageHeading>
      <p>{t('platform.loadFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('storage.reload')}</button>
    </>
  );
}
