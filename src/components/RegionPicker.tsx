import { useId, useMemo } from 'react';
import { regionName } from '../i18n/format';
import { t } from '../i18n/settings-messages';
import { REGION_CODES } from '../i18n/region-codes';
import { useAppStore, useCanEdit } from '../store/hooks';
import { useHydrated } from './use-hydrated';

export function RegionPicker() {
  const id = useId();
  const region = useAppStore((s) => s.prefs.region);
  const chooseRegion = useAppStore((s) => s.chooseRegion);
  const canEdit = useCanEdit();
  // Region names come in the browser's own language: the prerendered page lists them once it is hydrated.
  const named = useHydrated();
  const options = useMemo(
    () => (named ? REGION_CODES.map((code) => ({ code, name: regionName(code) })).sort((a, b) => a.name.localeCompare(b.name)) : []),
    [named],
  );
  return (
    <div>
      <label htmlFor={id} className="field-label">{t('settings.region')}</label>
      <select id={id} value={region ?? ''} disabled={!canEdit} aria-describedby={`${id}-hint`} onChange={(e) => void chooseRegion(e.target.value || undefined)}>
        <option value="">{t('settings.regionAny')}</option>
        {options.map(({ code, name }) => <option key={code} value={code}>{name}</option>)}
      </select>
      <p id={`${id}-hint`} className="hint">{t('settings.regionHint')}</p>
    </div>
  );
}
