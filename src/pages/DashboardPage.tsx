import { lazy, Suspense } from 'react';
import { FeaturedCard } from '../components/FeaturedCard';
import { PlatformPicker } from '../components/PlatformPicker';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/dashboard-messages';
import { useAppStore } from '../store/hooks';
import { Loading } from '../components/Loading';
import { usePlatformList } from '../components/use-platform-list';
import { withCatalogue } from '../components/with-catalogue';
import { withWords } from '../i18n/load-locale';

// Once platforms are chosen: loaded as it is shown, with the index it reads.
const DashboardProgress = lazy(() => withWords(withCatalogue(import('./DashboardProgress'))));

export default function DashboardPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const chosenIds = useAppStore((s) => s.prefs.platforms);
  const { featured, platforms } = usePlatformList();

  return (
    <>
      <PageHeading title={t('dashboard.metaTitle')}>{t('dashboard.title')}</PageHeading>
      <p className="lede">{t('app.tagline')}</p>
      {featured && <FeaturedCard platform={featured.platform} setting={featured.setting} />}
      {!hydrated ? (
        <Loading />
      ) : chosenIds === undefined ? (
        <section className="card onboarding" aria-labelledby="picker-title">
          <h2 id="picker-title">{t('dashboard.pickerTitle')}</h2>
          <p>{t('dashboard.pickerIntro')}</p>
          <PlatformPicker platforms={platforms} />
        </section>
      ) : (
        <Suspense fallback={<Loading />}>
          <DashboardProgress />
        </Suspense>
      )}
    </>
  );
}
