import { withMessages } from './messages';

/** Words of the re-audits page and the calendar file. Loaded with that page's chunk, not at start. */
export const t = withMessages({
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
  'due.calendarHint': 'A calendar file with one repeating all-day event per platform. Import it into Google Calendar, Apple Calendar or Outlook; importing a newer file updates the same events.',
  'due.intervals': 'Change how often',
  'ics.name': 'Privacy Checkup re-audits',
  'ics.summary': 'Privacy re-audit: {platform}',
  'ics.description': 'Time to check your {platform} privacy settings again: platforms change them without notice. Open your checklist: {url}',
  'ics.alarm': 'Privacy re-audit due: {platform}',
} as const);
