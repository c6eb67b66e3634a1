import { formatDay } from '../i18n/format';
import { t } from '../i18n/report-messages';
import type { Report } from './model';
import { generatedText, progressText, retiredText, statusText } from './text';

/** Backslash-escapes what Markdown (and GitHub's HTML) would interpret; folds newlines into spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`);
}

const cell = (text: string) => escapeMarkdown(text) || ' ';

/** A report readable as plain text that also renders as tables on GitHub. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${t('report.title')}`, '', escapeMarkdown(generatedText(report)), '', `> ${t('report.personal')}`, ''];
  out.push(`**${progressText(report.overall, 'report.overall')}**`, '');

  out.push(`## ${t('report.openHigh')}`, '');
  if (report.openHighPriority.length === 0) out.push(t('report.openHighNone'), '');
  for (const s of report.openHighPriority) {
    const where = s.menuPath ? ` — ${escapeMarkdown(s.menuPath.join(' › '))}` : '';
    const link = s.url ? ` — [${t('report.link')}](<${s.url}>)` : '';
    out.push(`- **${escapeMarkdown(s.platform)}: ${escapeMarkdown(s.title)}**${where}${link}`);
  }
  if (report.openHighPriority.length) out.push('');

  for (const p of report.platforms) {
    const due = p.nextDue ? ` · ${t('report.nextDue', { date: formatDay(p.nextDue) })}` : '';
    out.push(`## ${escapeMarkdown(p.name)}`, '', `${progressText(p.progress, 'report.platformLine')}${due}`, '');
    const columns = [t('report.col.setting'), t('report.col.status'), t('report.col.date'), ...(report.includesNotes ? [t('report.col.note')] : [])];
    out.push(`| ${columns.join(' | ')} |`, `|${columns.map(() => ' --- ').join('|')}|`);
    for (const s of p.settings) {
      const status = [statusText(s.status), retiredText(s)].filter(Boolean).join(' — ');
      const row = [cell(s.title), cell(status), cell(s.decidedOn ? formatDay(s.decidedOn) : ''), ...(report.includesNotes ? [cell(s.note ?? '')] : [])];
      out.push(`| ${row.join(' | ')} |`);
    }
    out.push('');
  }

  out.push(`## ${t('report.history')}`, '');
  if (report.history.length === 0) out.push(t('report.historyNone'));
  for (const h of report.history) out.push(`- ${formatDay(h.on)} — ${escapeMarkdown(h.platform)} · ${escapeMarkdown(h.setting)} → ${statusText(h.status)}`);
  return out.join('\n') + '\n';
}
