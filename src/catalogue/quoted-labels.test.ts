import { describe, expect, it } from 'vitest';
import { splitQuotedLabels } from './quoted-labels';

describe('English labels quoted in translated text', () => {
  it('finds each label by the mark after it, in German, French and Spanish quotation marks', () => {
    expect(splitQuotedLabels('Wähl „Settings & Privacy“ (englische Menübezeichnung) und dann „Datenschutz“.', '(englische Menübezeichnung)')).toEqual([
      'Wähl ',
      { open: '„', label: 'Settings & Privacy', close: '“' },
      ' und dann „Datenschutz“.',
    ]);
    expect(splitQuotedLabels('Touchez « Menu » (nom du menu en anglais), puis « Settings » (nom du menu en anglais).', '(nom du menu en anglais)')).toEqual([
      'Touchez ',
      { open: '« ', label: 'Menu', close: ' »' },
      ', puis ',
      { open: '« ', label: 'Settings', close: ' »' },
      '.',
    ]);
    expect(splitQuotedLabels('Toca «Privacy and data» (nombre del menú en inglés)', '(nombre del menú en inglés)')).toEqual([
      'Toca ',
      { open: '«', label: 'Privacy and data', close: '»' },
    ]);
  });

  it('leaves text without the mark, and a quotation not followed by it, as they are', () => {
    expect(splitQuotedLabels('Open Settings.', '(English menu name)')).toEqual(['Open Settings.']);
    expect(splitQuotedLabels('Wähl „Datenschutz“.', '(englische Menübezeichnung)')).toEqual(['Wähl „Datenschutz“.']);
  });
});
