import { effectiveTheme } from '../theme';
import { t } from '../i18n/common-messages';
import { useAppStore, useCanEdit } from '../store/hooks';
import { useHydrated } from './use-hydrated';

/** Switches between light and dark; the choice is saved with the person's preferences. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.prefs.theme);
  const chooseTheme = useAppStore((s) => s.chooseTheme);
  const canEdit = useCanEdit();
  // The system's theme is the browser's to tell: the prerendered button says light until then.
  const system = useHydrated() ? effectiveTheme() : 'light';
  const dark = (theme ?? system) === 'dark';
  return (
    <button type="button" className="button-quiet theme-toggle" aria-pressed={dark} disabled={!canEdit} onClick={() => void chooseTheme(dark ? 'light' : 'dark')}>
      {t('theme.dark')}
    </button>
  );
}

export function ThemeChoice() {
  const theme = useAppStore((s) => s.prefs.theme);
  const chooseTheme = useAppStore((s) => s.chooseTheme);
  const canEdit = useCanEdit();
  return (
    <fieldset className="theme-choice">
      <legend>{t('theme.legend')}</legend>
      {([undefined, 'light', 'dark'] as const).map((value) => (
        <label key={value ?? 'system'} className="checkbox">
          <input type="radio" name="theme" checked={theme === value} disabled={!canEdit} onChange={() => void chooseTheme(value)} />
          <span>{t(value === 'dark' ? 'theme.dark.choice' : `theme.${value ?? 'system'}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
