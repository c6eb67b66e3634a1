/**
 * The one text normaliser for matching what a person types: case and diacritics folded, so
 * "zurich" finds "Zürich" and "LINKEDIN" finds "LinkedIn". Search and the platform picker share it.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
