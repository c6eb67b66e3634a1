import { useId } from 'react';
import type { Progress } from '../audit/progress';
import { formatPercent } from '../i18n/format';
import { t } from '../i18n/report-messages';

export interface ChartRow {
  key: string;
  label: string;
  progress: Progress;
}

const pct = (part: number, total: number) => (total === 0 ? 0 : (part / total) * 100);

/**
 * How much is dealt with, as bars: done, then not applicable, then what is still open. Each bar is
 * a small inline SVG (no chart library, nothing fetched); the bars are hidden from screen readers,
 * which read the same numbers from the table beside them instead.
 */
export function DealtWithChart({ title, rows, nameHeader }: { title: string; rows: readonly ChartRow[]; nameHeader: string }) {
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">{title}</figcaption>
      <div className="chart-rows" aria-hidden="true">
        {rows.map(({ key, label, progress: p }) => (
          <div className="chart-row" key={key}>
            <span className="chart-label">{label}</span>
            <svg className="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className="chart-track" width="100" height="10" rx="2" />
              <rect className="chart-done" width={pct(p.done, p.total)} height="10" />
              <rect className="chart-na" x={pct(p.done, p.total)} width={pct(p.notApplicable, p.total)} height="10" />
            </svg>
            <span className="chart-value">{t('report.chart.value', { complete: p.complete, total: p.total })}</span>
          </div>
        ))}
        <p className="chart-legend">
          <span className="swatch swatch-done" /> {t('report.chart.done')} <span className="swatch swatch-na" /> {t('report.chart.notApplicable')}{' '}
          <span className="swatch swatch-open" /> {t('report.chart.open')}
        </p>
      </div>
      {/* A table box ignores the 1 px clip of .visually-hidden and would widen the page: wrap it. */}
      <div className="visually-hidden">
        <table>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              <th scope="col">{t('report.chart.done')}</th>
              <th scope="col">{t('report.chart.notApplicable')}</th>
              <th scope="col">{t('report.chart.open')}</th>
              <th scope="col">{t('report.chart.dealtWith')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, progress: p }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{p.done}</td>
                <td>{p.notApplicable}</td>
                <td>{p.open}</td>
                <td>{t('report.chart.cell', { complete: p.complete, total: p.total, percent: formatPercent(p.ratio) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
