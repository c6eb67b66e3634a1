import type { Progress } from '../audit/progress';
import type { Report } from './model';

const REPORT_FORMAT = 1;

/** Format 1's progress fields, named one by one: a new field on `Progress` is not a new field in the file. */
const progressJson = ({ done, submitted, notApplicable, skipped, open, total, ratio }: Progress) => ({ done, submitted, notApplicable, skipped, open, total, ratio });

/** The report as labelled, versioned data. Built field by field from the model, never by spreading input. */
export function renderJson(report: Report): string {
  return JSON.stringify(
    {
      type: 'privacy-checkup-report',
      format: REPORT_FORMAT,
      generatedAt: report.generatedAt,
      catalogueVersion: report.catalogueVersion,
      includesNotes: report.includesNotes,
      overall: progressJson(report.overall),
      platforms: report.platforms.map((p) => ({
        id: p.id,
        name: p.name,
        progress: progressJson(p.progress),
        nextDue: p.nextDue ?? null,
        settings: p.settings.map((s) => ({
          id: s.id,
          title: s.title,
          // On a report in another language, a title with no confirmed label there is the English one (as history lines' `english`).
          ...(s.english?.title && { titleInEnglish: true }),
          category: s.category,
          priority: s.priority,
          status: s.status,
          decidedOn: s.decidedOn ?? null,
          ...(report.includesNotes && { note: s.note ?? null }),
          url: s.url ?? null,
          // The file keeps its `replacedBy` key, which has always held the replacement's title.
          retired: s.retired ? { date: s.retired.date, ...(s.retired.replacementTitle && { replacedBy: s.retired.replacementTitle }) } : null,
        })),
      })),
      history: report.history,
    },
    null,
    2,
  ) + '\n';
}
