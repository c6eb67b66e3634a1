import type { CheckRecord } from '../schema/records';

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
    const status = checks[setting.id]?.status;
    if (status === 'done') done++;
    else if (status === 'not-applicable') notApplicable++;
    else if (status === 'skipped') skipped++;
  }
  const complete = done + notApplicable;
  return { done, notApplicable, skipped, open: total - complete, total, ratio: total === 0 ? 0 : complete / total };
}
