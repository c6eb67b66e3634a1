import { Link } from 'react-router';
import { isNewSince } from '../audit/freshness';
import { progressOf } from '../audit/progress';
import { statusOf } from '../audit/status';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/dashboard-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { Monogram } from './Monogram';
import { ProgressBar } from './ProgressBar';

export function PlatformCard({ platform }: { platform: PlatformSummary }) {
  const checks = useAppStore((s) => s.checks);
  const previousVisit = useAppStore((s) => s.previousVisit);
  const region = useAppStore((s) => s.prefs.region);
  const progress = progressOf(platform.settings, checks, region);
  const live = platform.settings.filter((s) => !s.retired);
  const changed = live.filter((s) => statusOf(s, checks[s.id], region) === 'changed').length;
  const fresh = live.filter((s) => isNewSince(s.added, previousVisit)).length;
  return (
    <li className="card platform-card">
      <div className="card-head">
        <Monogram id={platform.id} name={platform.name} />
        <h3>
          <Link to={paths.platform.href(platform.id)}>{platform.name}</Link>
        </h3>
      </div>
      {changed > 0 && <p className="changed-note">{t('dashboard.changedCount', { count: changed })}</p>}
      {fresh > 0 && <p className="badge badge-new">{t('dashboard.newCount', { count: fresh })}</p>}
      <ProgressBar
        progress={progress}
        label={t('dashboard.platformProgressLabel', { name: platform.name })}
        text={t('dashboard.platformProgress', { complete: progress.complete, total: progress.total })}
      />
    </li>
  );
}
