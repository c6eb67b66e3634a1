import { Link } from 'react-router';
import { progressOf } from '../audit/progress';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { ProgressBar } from './ProgressBar';

export function PlatformCard({ platform }: { platform: PlatformSummary }) {
  const checks = useAppStore((s) => s.checks);
  const progress = progressOf(platform.settings, checks);
  return (
    <li className="card platform-card">
      <h3>
        <Link to={paths.platform.href(platform.id)}>{platform.name}</Link>
      </h3>
      <p className="hint">{platform.description}</p>
      <ProgressBar
        progress={progress}
        label={t('dashboard.platformProgressLabel', { name: platform.name })}
        text={t('dashboard.platformProgress', { complete: progress.done + progress.notApplicable, total: progress.total })}
      />
    </li>
  );
}
