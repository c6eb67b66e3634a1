import { Link } from 'react-router';
import { progressOf } from '../audit/progress';
import { CategoryProgress } from '../components/CategoryProgress';
import { FeaturedCard } from '../components/FeaturedCard';
import { NextStepCard } from '../components/NextStepCard';
import { NewPlatforms } from '../components/NewPlatforms';
import { PlatformCard } from '../components/PlatformCard';
import { PlatformPicker } from '../components/PlatformPicker';
import { ProgressBar } from '../components/ProgressBar';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/dashboard-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { Loading } from '../components/Loading';
import { useChosenPlatforms } from '../components/use-chosen-platforms';
import { useCatalogue } from '../components/use-catalogue';

export default function DashboardPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const chosenIds = useAppStore((s) => s.prefs.platforms);
  const checks = useAppStore((s) => s.checks);
  const catalogue = useCatalogue();
  const { featured, platforms } = catalogue;
  const featuredPlatform = featured && catalogue.platform(featured.platformId);
  const featuredSetting = featured && catalogue.setting(featured.settingId);
  const chosen = useChosenPlatforms();
  const region = useAppStore((s) => s.prefs.region);
  const overall = progressOf(chosen.flatMap((p) => p.settings), checks, region);

  return (
    <>
      <PageHeading title={t('dashboard.metaTitle')}>{t('dashboard.title')}</PageHeading>
      <p className="lede">{t('app.tagline')}</p>
      {featuredPlatform && featuredSetting && <FeaturedCard platform={featuredPlatform} setting={featuredSetting} />}
      {!hydrated ? (
        <Loading />
      ) : chosenIds === undefined ? (
        <section className="card onboarding" aria-labelledby="picker-title">
          <h2 id="picker-title">{t('dashboard.pickerTitle')}</h2>
          <p>{t('dashboard.pickerIntro')}</p>
          <PlatformPicker platforms={platforms} />
        </section>
      ) : (
        <section aria-labelledby="platforms-title">
          <h2 id="platforms-title">{t('dashboard.platforms')}</h2>
          {chosen.length > 0 && (
            <ProgressBar
              progress={overall}
              label={t('dashboard.overallLabel')}
              text={t('dashboard.overall', { complete: overall.complete, total: overall.total })}
            />
          )}
          {chosen.length === 0 && <p>{t('dashboard.noPlatforms')}</p>}
          {chosen.length > 0 && <NextStepCard platforms={chosen} />}
          <NewPlatforms platforms={platforms} />
          <ul className="platform-grid">
            {chosen.map((p) => <PlatformCard key={p.id} platform={p} />)}
          </ul>
          <p>
            <Link to={paths.settings.href()}>{t('dashboard.editPlatforms')}</Link>
          </p>
        </section>
      )}
      {hydrated && chosen.length > 0 && <CategoryProgress platforms={chosen} />}
    </>
  );
}
