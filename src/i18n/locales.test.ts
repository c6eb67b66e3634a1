import { describe, expect, it } from 'vitest';
import { englishWords, formatMessage, LOCALES } from './translate';
import { placeholderShape } from '../test/messages';

// Every feature registers its English words when its module is evaluated.
import.meta.glob('./*-messages.ts', { eager: true });
const files = import.meta.glob<Record<string, string>>('./locales/*/*.json', { eager: true, import: 'default' });
const translated = LOCALES.filter((locale) => locale !== 'en');
const features = [...englishWords().keys()].sort();

describe('each locale has exactly the words English has', () => {
  it('knows every feature', () => expect(features.length).toBeGreaterThan(10));

  it('has no file for a feature or locale that does not exist', () => {
    const expected = translated.flatMap((locale) => features.map((feature) => `./locales/${locale}/${feature}.json`));
    expect(Object.keys(files).filter((file) => !expected.includes(file))).toEqual([]);
  });

  describe.each(translated)('%s', (locale) => {
    it.each(features)('%s: no missing or extra message, none empty', (feature) => {
      const english = englishWords().get(feature)!;
      const words = files[`./locales/${locale}/${feature}.json`] ?? {};
      expect({ missing: Object.keys(english).filter((id) => !(id in words)), extra: Object.keys(words).filter((id) => !(id in english)) })
        .toEqual({ missing: [], extra: [] });
      expect(Object.entries(words).filter(([, text]) => !text.trim())).toEqual([]);
    });

    it.each(features)('%s: the same placeholders and plurals as English', (feature) => {
      const english = englishWords().get(feature)!;
      const words = files[`./locales/${locale}/${feature}.json`] ?? {};
      const differing = Object.keys(english)
        .filter((id) => id in words)
        .filter((id) => placeholderShape(english[id]!).join() !== placeholderShape(words[id]!).join());
      expect(differing).toEqual([]);
    });
  });
});

describe('plurals follow each language’s rules', () => {
  const settings = '{count, plural, one {# setting} other {# settings}}';
  it('chooses one or other by count in English', () => {
    expect(formatMessage(settings, { count: 1 }, 'en')).toBe('1 setting');
    expect(formatMessage(settings, { count: 0 }, 'en')).toBe('0 settings');
    expect(formatMessage(`You dealt with ${settings}.`, { count: 2 }, 'en')).toBe('You dealt with 2 settings.');
  });

  it('treats zero as singular in French, not in German', () => {
    const fr = '{count, plural, one {# paramètre} other {# paramètres}}';
    const de = '{count, plural, one {# Einstellung} other {# Einstellungen}}';
    expect(formatMessage(fr, { count: 0 }, 'fr')).toBe('0 paramètre');
    expect(formatMessage(de, { count: 0 }, 'de')).toBe('0 Einstellungen');
  });

  it('prefers an exact =n branch and fills placeholders inside a branch', () => {
    expect(formatMessage('{n, plural, =0 {none} one {# of {name}} other {# of {name}s}}', { n: 0, name: 'x' }, 'en')).toBe('none');
    expect(formatMessage('{n, plural, =0 {none} one {# of {name}} other {# of {name}s}}', { n: 3, name: 'x' }, 'en')).toBe('3 of xs');
  });

  it('leaves a placeholder without a value visible instead of failing', () => {
    expect(formatMessage('Open {name}’s settings', {}, 'en')).toBe('Open {name}’s settings');
  });
});
