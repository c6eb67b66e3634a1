import type { Kind } from '../schema/catalogue';
import { STATUSES, type Status } from '../schema/constants';

/** The decisions a person can record for a setting of this kind: "sent, awaiting reply" only for request forms. */
export function statusesFor(kind: Kind): Status[] {
  return STATUSES.filter((status) => status !== 'submitted' || kind === 'form');
}
