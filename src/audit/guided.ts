/**
 * The guided flow's plan and its closing summary. Pure: the order of the queue comes from
 * `stepQueue` (next-step.ts) and "dealt with" from `progressOf` (progress.ts); this module only
 * cuts the queue to a time budget and counts what a session decided.
 */
import type { Status } from '../schema/constants';
import { isComplete } from './status';

/**
 * The first items of `queue` that fit in `minutes` by their effort estimates, in queue order;
 * always at least one, so a long first item is not skipped over for a shorter later one.
 */
export function planSession<T extends { effortMinutes: number }>(queue: readonly T[], minutes: number): T[] {
  const plan: T[] = [];
  let used = 0;
  for (const item of queue) {
    if (plan.length > 0 && used + item.effortMinutes > minutes) break;
    plan.push(item);
    used += item.effortMinutes;
  }
  return plan;
}

export interface SessionSummary {
  done: number;
  notApplicable: number;
  skipped: number;
  submitted: number;
  /** Done plus not applicable: what the session settled, by `isComplete` as in `progressOf`. */
  dealtWith: number;
}

/** Counts the decisions a session made, one per setting (its last), ignoring cleared ones. */
export function summariseSession(decisions: ReadonlyMap<string, Status | undefined>): SessionSummary {
  const summary = { done: 0, notApplicable: 0, skipped: 0, submitted: 0, dealtWith: 0 };
  for (const status of decisions.values()) {
    if (status === 'done') summary.done++;
    else if (status === 'not-applicable') summary.notApplicable++;
    else if (status === 'skipped') summary.skipped++;
    else if (status === 'submitted') summary.submitted++;
    if (isComplete(status)) summary.dealtWith++;
  }
  return summary;
}
