import { useId, useState } from 'react';
import { foldText } from '../catalogue/fold';
import type { PickablePlatform } from '../catalogue/pick-list';
import { t } from '../i18n/picker-messages';
import { useAppStore, useCanEdit } from '../store/hooks';

/** A searchable list of platforms to check; "AI-training switches" picks every platform that has one. */
export function PlatformPicker({ platforms, onSaved }: { platforms: readonly PickablePlatform[]; onSaved?: () => void }) {
  const searchId = useId();
  const chosen = useAppStore((s) => s.prefs.platforms);
  const choosePlatforms = useAppStore((s) => s.choosePlatforms);
  const canEdit = useCanEdit();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(chosen ?? []));

  const visible = platforms.filter((p) => foldText(p.name).includes(foldText(query.trim())));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const save = async (ids: Iterable<string>) => {
    await choosePlatforms(platforms.map((p) => p.id).filter((id) => new Set(ids).has(id)));
    onSaved?.();
  };
  const aiPlatforms = platforms.filter((p) => p.aiTraining).map((p) => p.id);

  return (
    <div className="picker">
      <div className="picker-ai">
        <button type="button" className="button-primary" disabled={!canEdit} onClick={() => void save(aiPlatforms)}>
          {t('picker.aiPath')}
        </button>
        <p className="hint">{t('picker.aiPathHint')}</p>
      </div>
      <label htmlFor={searchId} className="field-label">{t('picker.search')}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {visible.length === 0 ? (
        <p>{t('picker.empty', { query })}</p>
      ) : (
        <ul className="picker-list">
          {visible.map((p) => (
            <li key={p.id}>
              <label className="checkbox">
                <input type="checkbox" checked={selected.has(p.id)} onChange={() => toggle(p.id)} disabled={!canEdit} />
                <span>{p.name}</span>
                <span className="hint">{t('picker.count', { count: p.live })}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="picker-actions">
        <button type="button" className="button-primary" disabled={!canEdit} onClick={() => void save(selected)}>
          {t('picker.save')}
        </button>
        <span className="hint">{t('picker.selected', { count: selected.size })}</span>
      </div>
    </div>
  );
}
