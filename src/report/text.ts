import type { Progress } from '../audit/progress';
import type { Report, ReportSetting } from './model';
import type { ReportWords } from './words';

/** Shared wording for every format, so Markdown, HTML and the page say the same things. */
export const statusText = (words: ReportWords, status: ReportSetting['status'] | null) =>
  (status === null ? words.say('cleared') : words.say(`status.${status}`));

export const progressText = (words: ReportWords, p: Progress, phrase: 'overall' | 'platformLine') =>
  words.say(phrase, { complete: p.complete, total: p.total, percent: words.percent(p.ratio) });

export const generatedText = (words: ReportWords, report: Report) =>
  words.say('generated', { date: words.day(report.generatedOn), version: report.catalogueVersion });

/** A platform's label as plain text: marked when it is the English label in a report in another language. */
export const labelText = (words: ReportWords, text: string, english: boolean | undefined) => (english ? `${text} ${words.englishLabel}` : text);

export const retiredText = (words: ReportWords, s: ReportSetting) =>
  s.retired
    ? [words.say('retired', { date: words.day(s.retired.date) }), s.retired.replacementTitle && words.say('replacedBy', { title: s.retired.replacementTitle })].filter(Boolean).join(', ')
    : '';
