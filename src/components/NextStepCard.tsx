import { Link } from 'react-router';
import { nextBestStep } from '../audit/next-step';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/dashboard-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { Monogram } from './Monogram';
import { SettingTitle } from './SettingTitle';

/** The highest-priority, quickest open item across the person's platforms, and the way into the guided flow. */
export function NextStepCard({ platforms }: { platforms: readonly PlatformSummary[] }) {
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const candidates = platforms.flatMap((p) => p.settings.map((s) => ({ ...s, platform: p })));
  const next = nextBestStep(candidates, checks, region);
  return (
    <section className="card next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('next.title')}</h2>
      {next ? (
        <>
          <div className="card-head">
            <Monogram id={next.platform.id} name={next.platform.name} size={32} />
            <p>
              <strong>{next.platform.name}: <SettingTitle setting={next} /></strong>
              <span className="hint"> · {t(`priority.${next.priority}`)} · {t('setting.effort', { minutes: next.effortMinutes })}</span>
            </p>
          </div>
          <p className="hint">{t('next.guidedHint')}</p>
          <div className="actions">
            <Link className="button button-primary" to={paths.guided.href()}>{t('next.guided')}</Link>
            <Link className="button" to={`${paths.platform.href(next.platform.id)}#${next.id}`}>{t('next.go')}</Link>
          </div>
        </>
      ) : (
        <p>{t('next.allDone')}</p>
      )}
    </section>
  );
}
