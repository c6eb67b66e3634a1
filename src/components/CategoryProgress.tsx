import { progressByCategory } from '../audit/progress';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/dashboard-messages';
import { useAppStore } from '../store/hooks';
import { ProgressBar } from './ProgressBar';

/** How much of each kind of setting (AI training, ads, tracking…) is dealt with across the person's platforms. */
export function CategoryProgress({ platforms }: { platforms: readonly PlatformSummary[] }) {
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const rows = progressByCategory(platforms.flatMap((p) => p.settings), checks, region);
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="categories-title">
      <h2 id="categories-title">{t('dashboard.byCategory')}</h2>
      <ul className="category-progress">
        {rows.map(({ category, progress }) => (
          <li key={category}>
            <ProgressBar
              progress={progress}
              label={t('dashboard.categoryLabel', { category: t(`category.${category}`) })}
              text={t('dashboard.categoryLine', { category: t(`category.${category}`), complete: progress.complete, total: progress.total })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
