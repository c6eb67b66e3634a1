import type { Report } from './model';
import type { ReportWords } from './words';
import { generatedText, labelText, progressText, retiredText, statusText } from './text';

/** Backslash-escapes what Markdown (and GitHub's HTML) would interpret; folds newlines into spaces. */
function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`);
}

const cell = (text: string) => escapeMarkdown(text) || ' ';

/** A report readable as plain text that also renders as tables on GitHub. */
export function renderMarkdown(report: Report, words: ReportWords): string {
  const out: string[] = [`# ${words.say('title')}`, '', escapeMarkdown(generatedText(words, report)), '', `> ${words.say('personal')}`, ''];
  out.push(`**${progressText(words, report.overall, 'overall')}**`, '');

  out.push(`## ${words.say('openHigh')}`, '');
  if (report.openHighPriority.length === 0) out.push(words.say('openHighNone'), '');
  for (const s of report.openHighPriority) {
    const where = s.menuPath ? ` — ${escapeMarkdown(labelText(words, s.menuPath.join(' › '), s.english?.menuPath))}` : '';
    const link = s.url ? ` — [${words.say('link')}](<${s.url}>)` : '';
    out.push(`- **${escapeMarkdown(s.platform)}: ${escapeMarkdown(labelText(words, s.title, s.english?.title))}**${where}${link}`);
  }
  if (report.openHighPriority.length) out.push('');

  for (const p of report.platforms) {
    const due = p.nextDue ? ` · ${words.say('nextDue', { date: words.day(p.nextDue) })}` : '';
    out.push(`## ${escapeMarkdown(p.name)}`, '', `${progressText(words, p.progress, 'platformLine')}${due}`, '');
    const columns = [words.say('col.setting'), words.say('col.status'), words.say('col.date'), ...(report.includesNotes ? [words.say('col.note')] : [])];
    out.push(`| ${columns.join(' | ')} |`, `|${columns.map(() => ' --- ').join('|')}|`);
    for (const s of p.settings) {
      const status = [statusText(words, s.status), retiredText(words, s)].filter(Boolean).join(' — ');
      const row = [cell(labelText(words, s.title, s.english?.title)), cell(status), cell(s.decidedOn ? words.day(s.decidedOn) : ''), ...(report.includesNotes ? [cell(s.note ?? '')] : [])];
      out.push(`| ${row.join(' | ')} |`);
    }
    out.push('');
  }

  out.push(`## ${words.say('history')}`, '');
  if (report.history.length === 0) out.push(words.say('historyNone'));
  for (const h of report.history) out.push(`- ${words.day(h.on)} — ${escapeMarkdown(h.platform)} · ${escapeMarkdown(labelText(words, h.setting, h.english))} → ${statusText(words, h.status)}`);
  return out.join('\n') + '\n';
}
