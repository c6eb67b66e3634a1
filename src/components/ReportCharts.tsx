import { progressByCategory } from '../audit/progress';
import { t } from '../i18n/report-messages';
import type { Report } from '../report/model';
import type { Platform } from '../schema/catalogue';
import { useAppStore } from '../store/hooks';
import { DealtWithChart } from './DealtWithChart';

/** The report's picture of progress: per platform (from the report model) and per kind of setting. */
export function ReportCharts({ report, platforms }: { report: Report; platforms: readonly Platform[] }) {
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  if (report.platforms.length === 0) return null;
  const settings = platforms.flatMap((p) => p.settings);
  const categories = progressByCategory(settings, checks, region);
  return (
    <section className="card report-charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('report.chart.heading')}</h2>
      <DealtWithChart
        title={t('report.chart.byPlatform')}
        nameHeader={t('report.col.platform')}
        rows={report.platforms.map((p) => ({ key: p.id, label: p.name, progress: p.progress }))}
      />
      <DealtWithChart
        title={t('report.chart.byCategory')}
        nameHeader={t('report.col.category')}
        rows={categories.map((c) => ({ key: c.category, label: t(`category.${c.category}`), progress: c.progress }))}
      />
    </section>
  );
}
