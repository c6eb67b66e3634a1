import { Link } from 'react-router';
import { progressOf } from '../audit/progress';
import { CategoryProgress } from '../components/CategoryProgress';
import { NextStepCard } from '../components/NextStepCard';
import { NewPlatforms } from '../components/NewPlatforms';
import { PlatformCard } from '../components/PlatformCard';
import { ProgressBar } from '../components/ProgressBar';
import { t } from '../i18n/dashboard-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { useChosenPlatforms } from '../components/use-chosen-platforms';
import { useCatalogue } from '../components/use-catalogue';

/**
 * The dashboard once platforms are chosen: overall progress, the next best step, each chosen platform
 * and progress by category. Its own chunk, loaded with the catalogue's index (`withCatalogue`), so a
 * first visit's dashboard needs neither.
 */
export default function DashboardProgress() {
  const { platforms } = useCatalogue();
  const chosen = useChosenPlatforms();
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const overall = progressOf(chosen.flatMap((p) => p.settings), checks, region);

  return (
    <>
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
      {chosen.length > 0 && <CategoryProgress platforms={chosen} />}
    </>
  );
}
