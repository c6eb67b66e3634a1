import type { Report } from './model';
import type { ReportWords } from './words';
import { labelText, statusText } from './text';

/**
 * A spreadsheet cell: quoted when needed (RFC 4180), and a leading = + - @ tab or carriage return
 * neutralised with an apostrophe, so a note cannot become a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per setting: platform, setting, category, status, date, note. */
export function renderCsv(report: Report, words: ReportWords): string {
  const header = [words.say('col.platform'), words.say('col.setting'), words.say('col.category'), words.say('col.status'), words.say('col.date'), ...(report.includesNotes ? [words.say('col.note')] : [])];
  const rows = report.platforms.flatMap((p) =>
    p.settings.map((s) => [p.name, labelText(words, s.title, s.english?.title), words.category(s.category), statusText(words, s.status), s.decidedOn ?? '', ...(report.includesNotes ? [s.note ?? ''] : [])]),
  );
  // A byte-order mark lets spreadsheet apps read the file as UTF-8.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
