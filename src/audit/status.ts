/**
 * The one rule for where a setting stands for one person. Every view that asks "is this open, is
 * this dealt with?" — progress, the next step and the guided flow, due dates, the dashboard's
 * "changed" count and the report — asks `statusOf`. Pure: setting, check and region in.
 *
 * In order: a setting that does not exist in the person's region is `not-in-region`, whatever
 * was recorded; with no decision it is `open`; a decision made before the entry last changed is
 * `changed` (open again); otherwise it is the decision itself.
 */
import type { Setting } from '../schema/catalogue';
import type { Status } from '../schema/constants';
import type { CheckRecord } from '../schema/records';
import { changesSinceCheck } from './freshness';
import { appliesIn } from './regions';

export type EffectiveStatus = Status | 'open' | 'changed' | 'not-in-region';

export interface Statusable {
  regionsNotApplicable?: readonly string[];
  regionsOnly?: readonly string[];
  /** When present, a check made before this date no longer counts: the entry changed since. */
  updated?: string;
  changes?: Setting['changes'];
}

export function statusOf(setting: Statusable, check: CheckRecord | undefined, region: string | undefined): EffectiveStatus {
  if (!appliesIn(setting, region)) return 'not-in-region';
  if (!check) return 'open';
  if (setting.updated !== undefined && changesSinceCheck({ updated: setting.updated, changes: setting.changes }, check).length > 0) return 'changed';
  return check.status;
}

/**
 * Dealt with: done, not applicable, or not in the person's region. Skipped is a decision to come
 * back to and a form awaiting its reply is still open, so neither is complete.
 */
export function isComplete(status: EffectiveStatus | undefined): boolean {
  return status === 'done' || status === 'not-applicable' || status === 'not-in-region';
}

/** Something to act on now: never decided, skipped, or changed since the decision. A form awaiting its reply is not. */
export function needsAction(status: EffectiveStatus): boolean {
  return status === 'open' || status === 'skipped' || status === 'changed';
}
