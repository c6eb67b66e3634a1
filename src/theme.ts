/**
 * Light or dark, following the system unless the person chose. The choice lives in IndexedDB
 * with the other preferences; a copy in localStorage lets the first paint use it before the
 * store has loaded (no flash of the wrong theme, and no inline script the CSP would refuse).
 */
export type Theme = 'light' | 'dark';

const KEY = 'privacy-checkup:theme';

/** `remember` false: the theme applies to this visit only (nothing kept on this device). */
export function applyTheme(theme: Theme | undefined, remember = true): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  if (!remember) return;
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage may be unavailable (private modes); the theme still applies for this visit.
  }
}

export function rememberedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The theme on screen now: the person's choice, else the system's. */
export function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
