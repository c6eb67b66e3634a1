import { Link } from 'react-router';
import { isNewSince } from '../audit/freshness';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/dashboard-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';

/** Platforms the catalogue gained since the person's last visit, which their list cannot show yet. */
export function NewPlatforms({ platforms }: { platforms: readonly PlatformSummary[] }) {
  const previousVisit = useAppStore((s) => s.previousVisit);
  const chosen = useAppStore((s) => s.prefs.platforms);
  const fresh = platforms.filter((p) => isNewSince(p.added, previousVisit) && !chosen?.includes(p.id));
  if (fresh.length === 0) return null;
  return (
    <section className="card" aria-labelledby="new-platforms-title">
      <h2 id="new-platforms-title">{t('dashboard.newPlatforms')}</h2>
      <ul>
        {fresh.map((p) => (
          <li key={p.id}>
            <span className="badge badge-new">{t('setting.new')}</span> <Link to={paths.platform.href(p.id)}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
