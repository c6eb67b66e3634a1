import type { ReportWords } from '../report/words';
import { formatDay, formatPercent } from './format';
import { withMessages } from './common-messages';
import { activeLocale } from './translate';
import { t as overlayWords } from './overlay-messages';

/** Words of the privacy report, on its page and in every downloaded format. Loaded with that page's chunk, not at start. */
export const t = withMessages('report', {
  'report.title': 'My privacy report',
  'report.generated': 'Generated {date} · catalogue version {version}',
  'report.personal': 'This report contains personal information about the accounts you use and what you decided. Share it only with people you trust.',
  'report.overall': 'Overall: {complete} of {total} settings dealt with ({percent})',
  'report.platformLine': '{complete} of {total} dealt with ({percent})',
  'report.nextDue': 'next re-audit {date}',
  'report.openHigh': 'Still open, high priority',
  'report.openHighNone': 'Nothing high-priority is open.',
  'report.history': 'History',
  'report.historyNone': 'No decisions recorded yet.',
  'report.col.platform': 'Platform',
  'report.col.setting': 'Setting',
  'report.col.category': 'Category',
  'report.col.status': 'Status',
  'report.col.date': 'Date',
  'report.col.note': 'Note',
  'report.retired': 'retired {date}',
  'report.replacedBy': 'replaced by “{title}”',
  'report.link': 'Open the setting',
  'report.cleared': 'cleared',
  'report.status.done': 'Done',
  'report.status.submitted': 'Sent, awaiting reply',
  'report.status.skipped': 'Skipped',
  'report.status.not-applicable': 'Not applicable',
  'report.status.open': 'Open',
  'report.status.changed': 'Changed since checked',
  'report.status.not-in-region': 'Not available in your region',
  'report.page.title': 'Report',
  'report.page.intro': 'Proof of what you did, to keep or to share: download it, or print it (choose “Save as PDF” in the print dialog).',
  'report.page.notes': 'Include my notes',
  'report.page.download': 'Download',
  'report.page.markdown': 'Markdown (.md)',
  'report.page.html': 'Web page (.html)',
  'report.page.json': 'Data (.json)',
  'report.page.csv': 'Spreadsheet (.csv)',
  'report.page.print': 'Print or save as PDF',
  'report.page.loading': 'Preparing your report…',
  'report.chart.heading': 'Dealt with, at a glance',
  'report.chart.byPlatform': 'By platform',
  'report.chart.byCategory': 'By kind of setting',
  'report.chart.value': '{complete} of {total}',
  'report.chart.cell': '{complete} of {total} ({percent})',
  'report.chart.done': 'Done',
  'report.chart.notApplicable': 'Not applicable',
  'report.chart.open': 'Still open',
  'report.chart.dealtWith': 'Dealt with',
} as const);

/** The report's words in the page's language, for every format and the on-page preview. */
export const reportWords: ReportWords = {
  get lang() {
    return activeLocale();
  },
  say: (phrase, values) => t(`report.${phrase}`, values),
  day: formatDay,
  percent: formatPercent,
  category: (category) => t(`category.${category}`),
  get englishLabel() {
    return overlayWords('overlay.englishLabel');
  },
};
