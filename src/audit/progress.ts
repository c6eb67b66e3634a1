import type { Category, Setting } from '../schema/catalogue';
import { CATEGORIES } from '../schema/constants';
import type { CheckRecord } from '../schema/records';
import { isComplete, statusOf, type Statusable } from './status';

export interface Progress {
  done: number;
  /** Request forms sent and awaiting a reply: still open. */
  submitted: number;
  notApplicable: number;
  skipped: number;
  open: number;
  /** Dealt with: done plus not applicable (`isComplete`). The one place this sum is made. */
  complete: number;
  /** Settings that count: every live (not retired) setting. */
  total: number;
  /** (done + not applicable) / total; skipped stays open. 0 when there is nothing to do. */
  ratio: number;
}

interface Countable extends Statusable, Pick<Setting, 'id' | 'retired'> {}

/**
 * Counts live settings by `statusOf`. Done and not-applicable count as complete; skipped is a
 * decision to come back to, so it stays open, as does a form awaiting its reply and a decision the
 * entry changed under. A setting that does not exist in the person's region counts as not applicable.
 */
export function progressOf(settings: readonly Countable[], checks: Readonly<Record<string, CheckRecord>>, region?: string): Progress {
  let done = 0;
  let submitted = 0;
  let notApplicable = 0;
  let skipped = 0;
  let total = 0;
  for (const setting of settings) {
    if (setting.retired) continue;
    total++;
    const status = statusOf(setting, checks[setting.id], region);
    if (status === 'done') done++;
    else if (status === 'submitted') submitted++;
    else if (isComplete(status)) notApplicable++;
    else if (status === 'skipped') skipped++;
  }
  const complete = done + notApplicable;
  return { done, submitted, notApplicable, skipped, open: total - complete, total, ratio: total === 0 ? 0 : complete / total, complete };
}

export interface CategoryProgress {
  category: Category;
  progress: Progress;
}

/**
 * `progressOf` per category (AI training, ads, …), in the catalogue's category order; categories
 * with no live setting are left out. The rule for "dealt with" stays in `progressOf`.
 */
export function progressByCategory(
  settings: readonly (Countable & { category: Category })[],
  checks: Readonly<Record<string, CheckRecord>>,
  region?: string,
): CategoryProgress[] {
  return CATEGORIES.map((category) => ({ category, progress: progressOf(settings.filter((s) => s.category === category), checks, region) }))
    .filter(({ progress }) => progress.total > 0);
}
