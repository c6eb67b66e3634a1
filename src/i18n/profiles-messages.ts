import { withMessages } from './common-messages';
import { badgeWords } from './profile-badge-messages';

/** Words of profiles: the header's "whose checklist" line and the profiles page. */
export const t = withMessages('profiles', {
  ...badgeWords,
  'profiles.switch': 'Switch',
  'profiles.title': 'Checklists on this device',
  'profiles.intro': 'Doing a check-up for someone else too — a parent, a partner? Give each person a checklist of their own: their platforms, decisions, notes, reminders, region and report stay apart. Each browser tab has one checklist open, so two tabs can hold two people’s.',
  'profiles.list': 'Checklists',
  'profiles.current': '(open in this tab)',
  'profiles.openThis': 'Open {name}’s checklist',
  'profiles.rename': 'Rename {name}',
  'profiles.renameLabel': 'New name for {name}',
  'profiles.save': 'Save name',
  'profiles.delete': 'Delete {name}',
  'profiles.deleteSure': 'Delete {name}’s checklist and every decision, note and reminder in it? This cannot be undone. Download a backup of it first if you may want it back.',
  'profiles.backupFirst': 'Download {name}’s backup first',
  'profiles.deleteConfirm': 'Delete {name}’s checklist',
  'profiles.cancel': 'Cancel',
  'profiles.lastOne': 'The only checklist cannot be deleted.',
  'profiles.create': 'Add a checklist for someone',
  'profiles.nameLabel': 'Name (for example “Mum”)',
  'profiles.add': 'Add and open',
  'profiles.badName': 'A name needs 1 to {max} characters.',
  'profiles.created': '{name}’s checklist is open.',
  'profiles.opened': '{name}’s checklist is open.',
  'profiles.renamed': 'Renamed to {name}.',
  'profiles.deleted': '{name}’s checklist was deleted.',
  'profiles.failed': 'That did not work: a change is still being saved. Try again in a moment.',
  'profiles.memoryOnly': 'This browser is not keeping anything stored, so there is one checklist for this visit only.',
  'profiles.backupNote': 'A backup file holds one checklist: the one open when you download it. Restoring goes into the checklist open in this tab, which the restore step names.',
  'profiles.makeChecklist': 'Organising a group? Make a checklist for others',
} as const);
