/**
 * What a person hands back to the organiser of a group checklist: where each of its settings
 * stands, in the organiser's order. Notes stay out: they are the person's own.
 */
import type { Checklist } from '../schema/checklist';
import type { CheckRecord } from '../schema/records';

const CHECKLIST_REPLY_TYPE = 'privacy-checkup-checklist-reply';

export interface ChecklistReply {
  type: typeof CHECKLIST_REPLY_TYPE;
  format: 1;
  checklist: string;
  answeredAt: string;
  settings: { id: string; status: CheckRecord['status'] | 'open'; at?: string }[];
}

export function checklistReply(checklist: Checklist, checks: Readonly<Record<string, CheckRecord>>, now: Date): ChecklistReply {
  return {
    type: CHECKLIST_REPLY_TYPE,
    format: 1,
    checklist: checklist.title,
    answeredAt: now.toISOString(),
    settings: checklist.settings.map((id) => {
      const check = checks[id];
      return check ? { id, status: check.status, at: check.at } : { id, status: 'open' };
    }),
  };
}
