import { withMessages } from './common-messages';

/** Words of "nothing kept on this device": the banner, and the choice in settings. */
export const t = withMessages('visit', {
  'visit.banner': 'Nothing is kept on this device. Your progress lives in this tab only and is gone when you close it — download a backup to take it with you.',
  'visit.download': 'Download a backup before closing',
  'visit.downloaded': 'Backup downloaded. Anything you change from now on is not in it.',
  'visit.title': 'Nothing kept on this device',
  'visit.intro': 'On a shared or borrowed computer, open Privacy Checkup in this mode: your decisions and notes stay in this tab’s memory for the visit only, and the browser’s storage is not touched. Download a backup before you close the tab to keep your progress.',
  'visit.start': 'Open a visit that keeps nothing',
  'visit.on': 'This tab keeps nothing on this device.',
  'visit.stop': 'Keep progress on this device again',
  'visit.stopHint': 'This visit’s progress is not carried over: download a backup first and restore it afterwards if you want it.',
} as const);
