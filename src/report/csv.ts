import { t } from '../i18n/report-messages';
import type { Category } from '../schema/catalogue';
import type { Report } from './model';
import { statusText } from './text';

/**
 * A spreadsheet cell: quoted when needed (RFC 4180), and a leading = + - @ tab or carriage return
 * neutralised with an apostrophe, so a note cannot become a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per setting: platform, setting, category, status, date, note. */
export function renderCsv(report: Report): string {
  const categoryLabel = (c: Category) => t(`category.${c}`);
  const header = [t('report.col.platform'), t('report.col.setting'), t('report.col.category'), t('report.col.status'), t('report.col.date'), ...(report.includesNotes ? [t('report.col.note')] : [])];
  const rows = report.platforms.flatMap((p) =>
    p.settings.map((s) => [p.name, s.title, categoryLabel(s.category), statusText(s.status), s.decidedOn ?? '', ...(report.includesNotes ? [s.note ?? ''] : [])]),
  );
  // A byte-order mark lets spreadsheet apps read the file as UTF-8.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
