import type { CheckRecord } from '../schema/records';
import type { Priority, Setting } from '../schema/catalogue';
import { needsAction, statusOf } from './status';

const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

interface Candidate {
  id: string;
  priority: Priority;
  effortMinutes: number;
  retired?: Setting['retired'];
  updated: string;
  regionsNotApplicable?: readonly string[];
  regionsOnly?: readonly string[];
}

/**
 * Whether an item is something to act on now: live and `needsAction` by `statusOf` (not decided,
 * skipped, or changed since its check; never one outside the person's region, nor a form awaiting
 * its reply).
 */
function isActionable(setting: Candidate, checks: Readonly<Record<string, CheckRecord>>, region?: string): boolean {
  return !setting.retired && needsAction(statusOf(setting, checks[setting.id], region));
}

/** The one ordering rule: higher priority first, then less effort. 0 for a tie, so sorts keep catalogue order. */
export function compareSteps(a: Pick<Candidate, 'priority' | 'effortMinutes'>, b: Pick<Candidate, 'priority' | 'effortMinutes'>): number {
  return RANK[a.priority] - RANK[b.priority] || a.effortMinutes - b.effortMinutes;
}

/**
 * Every actionable item, most useful first (see `compareSteps`). Ties keep catalogue order, so the
 * featured entry leads its platform. The guided flow walks this list.
 */
export function stepQueue<T extends Candidate>(settings: readonly T[], checks: Readonly<Record<string, CheckRecord>>, region?: string): T[] {
  // Array.prototype.sort is stable (ES2019), which the tie rule relies on.
  return settings.filter((s) => isActionable(s, checks, region)).sort(compareSteps);
}

/** The most useful thing to do next: the head of `stepQueue`, found without sorting the rest. */
export function nextBestStep<T extends Candidate>(settings: readonly T[], checks: Readonly<Record<string, CheckRecord>>, region?: string): T | undefined {
  let best: T | undefined;
  for (const setting of settings) {
    if (isActionable(setting, checks, region) && (!best || compareSteps(setting, best) < 0)) best = setting;
  }
  return best;
}
