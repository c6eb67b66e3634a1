import type { Category } from '../schema/catalogue';
import type { ReportSetting } from './model';

type Values = Readonly<Record<string, string | number>>;

/** The phrases every report format says; the caller's message catalogue must supply each one. */
type ReportPhrase =
  | 'title' | 'generated' | 'personal' | 'overall' | 'platformLine' | 'nextDue' | 'openHigh' | 'openHighNone'
  | 'history' | 'historyNone' | 'retired' | 'replacedBy' | 'link' | 'cleared'
  | `col.${'platform' | 'setting' | 'category' | 'status' | 'date' | 'note'}`
  | `status.${ReportSetting['status']}`;

/**
 * The words a report is written in, passed in by the caller, so the renderers stay free of any
 * one language and the same model can be written in whichever the person reads.
 */
export interface ReportWords {
  /** The BCP 47 tag of the language these words are in, for the HTML report's `lang`. */
  lang: string;
  say: (phrase: ReportPhrase, values?: Values) => string;
  /** An ISO calendar date as the reader writes it. */
  day: (isoDate: string) => string;
  percent: (ratio: number) => string;
  category: (category: Category) => string;
  /** The mark beside a platform's label left in English in a report in another language. */
  englishLabel: string;
}
