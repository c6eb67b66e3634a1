/**
 * The personal privacy report as data: what a person decided, when, and what is still open.
 * Pure: catalogue + records + now in, a plain model out; every format renders this one model.
 */
import { browserTimeZone, localDate } from '../audit/calendar';
import { dueDates } from '../audit/due';
import { progressOf, type Progress } from '../audit/progress';
import { needsAction, statusOf, type EffectiveStatus } from '../audit/status';
import type { Platform, Setting } from '../schema/catalogue';
import type { CheckRecord, HistoryRecord, NoteRecord, Prefs, Status } from '../schema/records';
import { compareIso } from '../audit/iso-order';
import { langOf, titleInEnglish } from '../catalogue/catalogue-lang';

export interface ReportSetting extends Pick<Setting, 'id' | 'title' | 'category' | 'priority' | 'url' | 'menuPath'> {
  /** Where the setting stands: `statusOf`'s answer, unchanged. */
  status: EffectiveStatus;
  /** Local date of the person's decision. */
  decidedOn?: string;
  note?: string;
  /** The catalogue's `retired`, with its replacement named by title (as the report prints it) rather than id. */
  retired?: { date: string; replacementTitle?: string };
  /** In a report in another language, the platform's labels still in English (no localized label confirmed): marked as such. */
  english?: { title: boolean; menuPath: boolean };
}

interface ReportPlatform {
  id: string;
  name: string;
  progress: Progress;
  nextDue?: string;
  settings: ReportSetting[];
}

interface ReportHistoryLine {
  on: string;
  platform: string;
  setting: string;
  /** The setting's title is the English one in a report in another language. */
  english?: true;
  status: Status | null;
}

export interface Report {
  generatedAt: string;
  generatedOn: string;
  catalogueVersion: string;
  includesNotes: boolean;
  overall: Progress;
  platforms: ReportPlatform[];
  openHighPriority: (ReportSetting & { platform: string })[];
  history: ReportHistoryLine[];
}

export interface ReportInput {
  platforms: readonly Platform[];
  checks: Readonly<Record<string, CheckRecord>>;
  notes: Readonly<Record<string, NoteRecord>>;
  history: readonly HistoryRecord[];
  prefs: Prefs;
  catalogueVersion: string;
  now: Date;
  timeZone?: string;
  includeNotes: boolean;
}

/** Platforms in the report: the ones the person chose, and any with a decision on record. */
export function reportPlatformIds(platforms: readonly { id: string; settings: readonly { id: string }[] }[], checks: Readonly<Record<string, CheckRecord>>, chosen: readonly string[] | undefined): string[] {
  return platforms.filter((p) => chosen?.includes(p.id) || p.settings.some((s) => checks[s.id])).map((p) => p.id);
}

export function buildReport(input: ReportInput): Report {
  const { checks, notes, prefs, now, includeNotes } = input;
  const timeZone = input.timeZone ?? browserTimeZone();
  const region = prefs.region;
  const titles = new Map(input.platforms.flatMap((p) => p.settings.map((s) => [s.id, { title: s.title, english: titleInEnglish(s), platform: p.name }] as const)));
  const countable = (p: Platform) => p.settings;
  const summaries = input.platforms.map((p) => ({ id: p.id, reauditDays: p.reauditDays, settings: countable(p) }));
  const due = new Map(dueDates(summaries, checks, prefs.reminders, now, timeZone, region).map((d) => [d.platform.id, d.dueOn]));

  const platforms = input.platforms.map((p): ReportPlatform => {
    const settings = p.settings
      .filter((s) => !s.retired || checks[s.id])
      .map((s): ReportSetting => {
        const check = checks[s.id];
        const status = statusOf(s, check, region);
        const note = includeNotes ? notes[s.id]?.text : undefined;
        const english = { title: titleInEnglish(s), menuPath: !!s.menuPath && langOf(s.localized, 'menuPath') === 'en' };
        return {
          id: s.id,
          title: s.title,
          category: s.category,
          priority: s.priority,
          status,
          ...(check && { decidedOn: localDate(new Date(check.at), timeZone) }),
          ...(note && { note }),
          ...(s.url && { url: s.url }),
          ...(s.menuPath && { menuPath: s.menuPath }),
          ...((english.title || english.menuPath) && { english }),
          ...(s.retired && { retired: { date: s.retired.date, ...(s.retired.replacedBy && { replacementTitle: titles.get(s.retired.replacedBy)?.title ?? s.retired.replacedBy }) } }),
        };
      });
    const nextDue = due.get(p.id);
    return { id: p.id, name: p.name, progress: progressOf(countable(p), checks, region), ...(nextDue && { nextDue }), settings };
  });

  const isOpen = (s: ReportSetting) => !s.retired && needsAction(s.status);
  return {
    generatedAt: now.toISOString(),
    generatedOn: localDate(now, timeZone),
    catalogueVersion: input.catalogueVersion,
    includesNotes: includeNotes,
    overall: progressOf(summaries.flatMap((p) => p.settings), checks, region),
    platforms,
    openHighPriority: platforms.flatMap((p) => p.settings.filter((s) => s.priority === 'high' && isOpen(s)).map((s) => ({ ...s, platform: p.name }))),
    history: [...input.history]
      .sort((a, b) => compareIso(a.at, b.at))
      .flatMap((h) => {
        const known = titles.get(h.settingId);
        return known ? [{ on: localDate(new Date(h.at), timeZone), platform: known.platform, setting: known.title, ...(known.english && { english: true as const }), status: h.status }] : [];
      }),
  };
}
