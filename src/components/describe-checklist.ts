import type { ChecklistProblem } from '../backup/checklist-link';
import { t } from '../i18n/checklist-messages';

/** What the person reads when a checklist link or file cannot be opened; each ends "Nothing was changed." */
export function describeChecklistProblem(problem: ChecklistProblem): string {
  switch (problem.kind) {
    case 'invalid': return t('checklist.problem.invalid', { fields: problem.fields.slice(0, 3).join(', ') });
    case 'unknown-settings': return t('checklist.problem.unknown-settings', { count: problem.count });
    default: return t(`checklist.problem.${problem.kind}`);
  }
}
