import type { CheckRecord } from '../schema/records';
import type { Priority } from '../schema/catalogue';
import { changesSinceCheck } from './freshness';
import { appliesIn } from './regions';

const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

interface Candidate {
  id: string;
  priority: Priority;
  effortMinutes: number;
  retired: boolean;
  updated: string;
  regionsNotApplicable?: readonly string[];
  regionsOnly?: readonly string[];
}

/**
 * The most useful thing to do next: the highest-priority, quickest open item. Skipped items and
 * items changed since their check are open again; a form awaiting its reply is not actionable.
 * Ties keep catalogue order, so the featured entry leads its platform.
 */
export function nextBestStep<T extends Candidate>(settings: readonly T[], checks: Readonly<Record<string, CheckRecord>>, region?: string): T | undefined {
  let best: T | undefined;
  for (const setting of settings) {
    if (setting.retired || !appliesIn(setting, region)) continue;
    const check = checks[setting.id];
    const open = !check || check.status === 'skipped' || changesSinceCheck(setting, check).length > 0;
    if (!open) continue;
    if (!best || RANK[setting.priority] < RANK[best.priority] || (RANK[setting.priority] === RANK[best.priority] && setting.effortMinutes < best.effortMinutes)) {
      best = setting;
    }
  }
  return best;
}
