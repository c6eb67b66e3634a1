/** What `catalogue:check` reports per platform and overall: how much there is, how well sourced, how fresh. */
import { isDueForRecheck } from '../audit/freshness.ts';
import type { Platform } from '../schema/catalogue.ts';
import { GRADES } from '../schema/constants.ts';
import { gradeCounts, strongShare, type GradeCounts } from './evidence.ts';

export interface CatalogueSummaryRow {
  name: string;
  /** Live settings: retired ones are kept for people's records but no longer counted. */
  settings: number;
  grades: GradeCounts;
  /** Official or documented, as a share of every graded fact (0–1). */
  strong: number;
  due: number;
  volatile: number;
}

export function summariseCatalogue(platforms: readonly Platform[], now: Date): { rows: CatalogueSummaryRow[]; total: CatalogueSummaryRow & { platforms: number } } {
  const row = (name: string, settings: Platform['settings']): CatalogueSummaryRow => {
    const live = settings.filter((s) => !s.retired);
    const grades = gradeCounts(live);
    return {
      name,
      settings: live.length,
      grades,
      strong: strongShare(grades),
      due: live.filter((s) => isDueForRecheck(s, now)).length,
      volatile: live.filter((s) => s.volatile).length,
    };
  };
  const rows = platforms.map((p) => row(p.name, p.settings));
  return { rows, total: { ...row('All platforms', platforms.flatMap((p) => p.settings)), platforms: platforms.length } };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** The summary as a fixed-width table a maintainer reads in a terminal. */
export function formatSummary({ rows, total }: ReturnType<typeof summariseCatalogue>): string {
  const header = ['platform'.padEnd(24), 'settings', ...GRADES.map((g) => g.padStart(11)), 'strong'.padStart(8), 'due'.padStart(4), 'volatile'].join(' ');
  const line = (r: CatalogueSummaryRow) =>
    [r.name.slice(0, 24).padEnd(24), String(r.settings).padStart(8), ...GRADES.map((g) => String(r.grades[g]).padStart(11)), percent(r.strong).padStart(8), String(r.due).padStart(4), String(r.volatile).padStart(8)].join(' ');
  const graded = GRADES.reduce((n, g) => n + total.grades[g], 0);
  return [
    header,
    ...rows.map(line),
    '-'.repeat(header.length),
    line(total),
    '',
    `${total.platforms} platforms, ${total.settings} live settings, ${graded} graded facts: ` +
      GRADES.map((g) => `${total.grades[g]} ${g}`).join(', ') + '.',
    `${percent(total.strong)} official or documented; ${total.due} setting(s) due for re-check (${percent(total.settings ? total.due / total.settings : 0)}); ${total.volatile} volatile.`,
  ].join('\n');
}
