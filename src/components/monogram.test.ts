import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/catalogue';
import { contrastWithWhite, initialsOf, monogramColour } from './monogram';

const catalogueIndex = await loadCatalogue();

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('a platform monogram', () => {
  it('takes up to two initials from words and capitals, ignoring a note in brackets', () => {
    expect(initialsOf('LinkedIn')).toBe('LI');
    expect(initialsOf('Google Maps')).toBe('GM');
    expect(initialsOf('X (Twitter)')).toBe('X');
    expect(initialsOf('23andMe')).toBe('23');
    expect(initialsOf('reddit')).toBe('R');
  });

  it('gives each id the same colour every time, and different ids usually different colours', () => {
    expect(monogramColour('linkedin')).toBe(monogramColour('linkedin'));
    const colours = new Set(catalogueIndex.platforms.map((p) => monogramColour(p.id)));
    expect(colours.size).toBeGreaterThan(catalogueIndex.platforms.length * 0.8);
  });

  it('keeps white initials at 4.5:1 or better on every platform’s colour', () => {
    for (const p of catalogueIndex.platforms) {
      expect(contrastWithWhite(rgbOf(monogramColour(p.id))), p.id).toBeGreaterThanOrEqual(4.5);
      expect(initialsOf(p.name).length, p.name).toBeGreaterThan(0);
    }
  });
});
