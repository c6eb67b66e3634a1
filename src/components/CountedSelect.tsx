import { useId } from 'react';
import { t } from '../i18n/search-messages';

/** A filter whose options carry how many results each would leave; "All" clears it. */
export function CountedSelect<T extends string>({ label, options, counts, value, onChange, optionLabel }: {
  label: string;
  options: readonly T[];
  counts: Partial<Record<T, number>>;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  optionLabel: (option: T) => string;
}) {
  const id = useId();
  const total = options.reduce((n, o) => n + (counts[o] ?? 0), 0);
  return (
    <div>
      <label htmlFor={id} className="field-label">{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(options.find((o) => o === e.target.value))}>
        <option value="">{t('search.all', { count: total })}</option>
        {options.map((o) => (
          <option key={o} value={o}>{t('search.option', { label: optionLabel(o), count: counts[o] ?? 0 })}</option>
        ))}
      </select>
    </div>
  );
}
