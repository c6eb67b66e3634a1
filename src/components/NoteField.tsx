import { useId } from 'react';
import { t } from '../i18n/platform-messages';
import { useAppStore, useCanEdit } from '../store/hooks';

/** Every keystroke lands in the store and is saved at once; pagehide retries a save not yet done. */
export function NoteField({ settingId }: { settingId: string }) {
  const id = useId();
  const note = useAppStore((s) => s.notes[settingId]?.text ?? '');
  const setNote = useAppStore((s) => s.setNote);
  const canEdit = useCanEdit();

  return (
    <div className="note-field">
      <label htmlFor={id} className="field-label">{t('setting.note')}</label>
      <textarea id={id} value={note} rows={2} disabled={!canEdit} aria-describedby={`${id}-hint`} onChange={(e) => setNote(settingId, e.target.value)} />
      <p id={`${id}-hint`} className="hint">{t('setting.noteHint')}</p>
    </div>
  );
}
