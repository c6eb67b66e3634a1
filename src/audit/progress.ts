import type { CheckRecord } from '../schema/records';
import { changesSinceCheck } from './freshness';

export interface Progress {
  done: number;
  notApplicable: number;
  skipped: number;
  open: number;
  /** Settings that count: every live (not retired) setting. */
  total: number;
  /** (done + not applicable) / total; skipped stays open. 0 when there is nothing to do. */
  ratio: number;
}

interface Countable {
  id: string;
  retired: boolean;
  /** When present, a check made before this date no longer counts: the entry changed since. */
  updated?: string;
}

/** Done and not-applicable count as complete; skipped is a decision to come back to, so it stays open. */
export function progressOf(settings: readonly Countable[], checks: Readonly<Record<string, CheckRecord>>): Progress {
  let done = 0;
  let notApplicable = 0;
  let skipped = 0;
  let total = 0;
  for (const setting of settings) {
    if (setting.retired) continue;
    total++;
    const check = checks[setting.id];
    const reopened = setting.updated !== undefined && changesSinceCheck({ updated: setting.updated }, check).length > 0;
    const status = reopened ? undefined : check?.status;
    if (status === 'done') done++;
    else if (status === 'not-applicable') notApplicable++;
    else if (status === 'skipped') skipped++;
  }
  const complete = done + notApplicable;
  return { done, notApplicable, skipped, open: total - complete, total, ratio: total === 0 ? 0 : complete / total };
}
