/** Whether a setting exists where the person lives. Groups (EU, EEA) expand to their members. */
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const GROUPS: Readonly<Record<string, readonly string[]>> = { EU, EEA: [...EU, 'IS', 'LI', 'NO'] };

const covers = (codes: readonly string[], region: string) =>
  codes.some((code) => code === region || (Object.hasOwn(GROUPS, code) && GROUPS[code]?.includes(region)));

interface Regional {
  regionsNotApplicable?: readonly string[];
  regionsOnly?: readonly string[];
}

/** `true` when no region is known: the person is shown everything until they say where they live. */
export function appliesIn(setting: Regional, region: string | undefined): boolean {
  if (!region) return true;
  if (setting.regionsOnly && !covers(setting.regionsOnly, region)) return false;
  return !(setting.regionsNotApplicable && covers(setting.regionsNotApplicable, region));
}
