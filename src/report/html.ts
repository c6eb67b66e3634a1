import type { Report } from './model';
import type { ReportWords } from './words';
import { generatedText, progressText, retiredText, statusText } from './text';

/** Escapes text for HTML content and quoted attributes. Every string from the person or the catalogue goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A platform's label: in a report in another language, an English one is marked, and spoken as English. */
const label = (words: ReportWords, text: string, english: boolean | undefined) =>
  (english ? `<span lang="en">${escapeHtml(text)}</span> ${escapeHtml(words.englishLabel)}` : escapeHtml(text));

const safeHref = (url: string) => (/^https:\/\//.test(url) ? escapeHtml(url) : '#');

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{margin-bottom:.25rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #c9cdd2;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4}.warning{border-left:4px solid #a06b00;background:#fff4d6;padding:.5rem 1rem}
.muted{color:#4a525c}a{color:#1f5f8b}@media print{body{margin:0}a{color:inherit}h2{break-after:avoid}tr{break-inside:avoid}}`;

/**
 * A standalone report: inline CSS, no script, and a Content-Security-Policy that forbids loading
 * anything at all, so the file cannot run code or call out even if a string slipped through.
 */
export function renderHtml(report: Report, words: ReportWords): string {
  const e = escapeHtml;
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${e(words.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(words.say('title'))}</title><style>${STYLE}</style></head><body>`,
    `<h1>${e(words.say('title'))}</h1>`,
    `<p class="muted">${e(generatedText(words, report))}</p>`,
    `<p class="warning">${e(words.say('personal'))}</p>`,
    `<p><strong>${e(progressText(words, report.overall, 'overall'))}</strong></p>`,
    `<h2>${e(words.say('openHigh'))}</h2>`,
  ];
  if (report.openHighPriority.length === 0) parts.push(`<p>${e(words.say('openHighNone'))}</p>`);
  else {
    parts.push('<ul>');
    for (const s of report.openHighPriority) {
      const where = s.menuPath ? ` — ${label(words, s.menuPath.join(' › '), s.english?.menuPath)}` : '';
      const link = s.url ? ` — <a href="${safeHref(s.url)}" rel="noopener noreferrer">${e(words.say('link'))}</a>` : '';
      parts.push(`<li><strong>${e(s.platform)}: ${label(words, s.title, s.english?.title)}</strong>${where}${link}</li>`);
    }
    parts.push('</ul>');
  }
  for (const p of report.platforms) {
    const due = p.nextDue ? ` · ${e(words.say('nextDue', { date: words.day(p.nextDue) }))}` : '';
    parts.push(`<h2>${e(p.name)}</h2>`, `<p>${e(progressText(words, p.progress, 'platformLine'))}${due}</p>`);
    const heads = [words.say('col.setting'), words.say('col.status'), words.say('col.date'), ...(report.includesNotes ? [words.say('col.note')] : [])];
    parts.push(`<table><thead><tr>${heads.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>`);
    for (const s of p.settings) {
      const status = [statusText(words, s.status), retiredText(words, s)].filter(Boolean).join(' — ');
      const cells = [status, s.decidedOn ? words.day(s.decidedOn) : '', ...(report.includesNotes ? [s.note ?? ''] : [])];
      parts.push(`<tr><td>${label(words, s.title, s.english?.title)}</td>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push(`<h2>${e(words.say('history'))}</h2>`);
  if (report.history.length === 0) parts.push(`<p>${e(words.say('historyNone'))}</p>`);
  else {
    parts.push('<ul>');
    for (const h of report.history) parts.push(`<li>${e(words.day(h.on))} — ${e(h.platform)} · ${label(words, h.setting, h.english)} → ${e(statusText(words, h.status))}</li>`);
    parts.push('</ul>');
  }
  parts.push('</body></html>');
  return parts.join('\n') + '\n';
}
