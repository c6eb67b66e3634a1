import { formatDay, formatPercent } from '../i18n/format';
import { t } from '../i18n/report-messages';
import type { Progress } from '../audit/progress';
import type { Report, ReportSetting } from './model';

/** Shared wording for every format, so Markdown, HTML and the page say the same things. */
export const statusText = (status: ReportSetting['status'] | null) => (status === null ? t('report.cleared') : t(`report.status.${status}`));

export const progressText = (p: Progress, id: 'report.overall' | 'report.platformLine') =>
  t(id, { complete: p.complete, total: p.total, percent: formatPercent(p.ratio) });

export const generatedText = (report: Report) => t('report.generated', { date: formatDay(report.generatedOn), version: report.catalogueVersion });

export const retiredText = (s: ReportSetting) =>
  s.retired ? [t('report.retired', { date: formatDay(s.retired.date) }), s.retired.replacedBy && t('report.replacedBy', { title: s.retired.replacedBy })].filter(Boolean).join(', ') : '';
