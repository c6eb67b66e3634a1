import { withMessages } from './common-messages';

/** Words of the re-audits page and the calendar file. Loaded with that page's chunk, not at start. */
export const t = withMessages('due', {
  'due.title': 'Re-audits',
  'due.intro': 'Platforms change their settings without telling you. Each platform falls due one interval after you last checked its settings.',
  'due.overdue': 'Due now',
  'due.upcoming': 'Coming up',
  'due.empty': 'Nothing to re-audit yet. Once you tick settings off, each platform gets a re-audit date here.',
  'due.noneOverdue': 'Nothing is due right now.',
  'due.on': 'Due {date}',
  'due.since': 'Due since {date}',
  'due.every': 'every {days} days',
  'due.changed': '{count} changed since you checked',
  'due.calendar': 'Add re-audits to my calendar (.ics)',
  'due.calendarHint': 'A calendar file with one repeating all-day event per platform, for Google Calendar, Apple Calendar or Outlook. A downloaded file does not update itself: when your platforms or intervals change, download it again — importing the new file replaces the old events, because each platform keeps the same event.',
  'due.linksHint': 'Or add one platform at a time with its “Add to Google Calendar” or “Add to Outlook” link. Those links open Google’s or Microsoft’s site with the reminder filled in, so they see what it says. The Google event repeats; the Outlook one is a single reminder (use the file above for repeats).',
  'due.addGoogle': 'Add to Google Calendar',
  'due.addOutlook': 'Add to Outlook',
  'due.forPlatform': '(re-audit of {platform})',
  'due.intervals': 'Change how often',
  'ics.name': 'Privacy Checkup re-audits',
  'ics.summary': 'Privacy re-audit: {platform}',
  'ics.description': 'Time to check your {platform} privacy settings again: platforms change them without notice. Open your checklist: {url}',
  'ics.alarm': 'Privacy re-audit due: {platform}',
} as const);
