import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/common-messages';
import { paths } from '../paths';

export default function NotFoundPage() {
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p><Link to={paths.home.href()}>{t('notFound.home')}</Link></p>
    </>
  );
}
