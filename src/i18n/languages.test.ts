import { describe, expect, it } from 'vitest';
import { chosenLanguage, languageToOffer, pathIn, rememberLanguage, textDirection } from './languages';
import { memoryStorage } from '../test/memory-storage';

describe('which language to offer', () => {
  it('offers the first of the browser’s languages we have, regional variants included', () => {
    expect(languageToOffer('en', ['de-AT', 'en'], undefined)).toBe('de');
    expect(languageToOffer('en', ['it', 'fr-CA'], undefined)).toBe('fr');
  });

  it('offers nothing when the browser prefers the page’s language or one we do not have', () => {
    expect(languageToOffer('en', ['en-GB', 'de'], undefined)).toBeUndefined();
    expect(languageToOffer('en', ['it', 'pt'], undefined)).toBeUndefined();
    expect(languageToOffer('de', ['de'], undefined)).toBeUndefined();
  });

  it('a remembered choice wins over the browser’s languages', () => {
    expect(languageToOffer('en', ['de'], 'en')).toBeUndefined();
    expect(languageToOffer('en', ['de'], 'es')).toBe('es');
  });

  it('remembers a choice, and ignores a stored value that is not a language we have', () => {
    const storage = memoryStorage();
    expect(chosenLanguage(storage)).toBeUndefined();
    rememberLanguage('fr', storage);
    expect(chosenLanguage(storage)).toBe('fr');
    storage.setItem('privacy-checkup.language', 'xx');
    expect(chosenLanguage(storage)).toBeUndefined();
  });

  it('writes the same page’s address in each language', () => {
    expect(pathIn('de', '/settings')).toBe('/de/settings');
    expect(pathIn('de', '/')).toBe('/de/');
    expect(pathIn('en', '/settings')).toBe('/settings');
  });
});

describe('which way a language runs', () => {
  it('mirrors the page for a right-to-left language, whatever its region, and for no other', () => {
    expect(['en', 'de', 'fr', 'es', 'en-XA'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
    expect(['ar', 'ar-XB', 'he-IL', 'fa'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
  });
});
