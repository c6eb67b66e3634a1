/**
 * The pseudo-locales' words, made from English: every letter accented, vowels doubled (about 35 %
 * longer) and, for the right-to-left variant, each run of text wrapped in right-to-left override
 * marks. A page shown in a pseudo-locale that still contains plain English has text that bypasses
 * the messages; one that overflows or mirrors badly has a layout that breaks in longer or
 * right-to-left languages. Used by the unit tests and, in a build made for the browser tests
 * (`PSEUDO_LOCALE=1`), by load-locale.ts; the production build never includes it.
 */
import { messageParts, type Part } from './message-parts';
import type { Table } from './translate';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'âƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÂƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter]),
);

const pseudoText = (text: string, rtl: boolean): string => {
  // Numbers stay readable, so a test can still find "2 of 5".
  const long = text.replace(/[A-Za-z]/g, (letter) => (/[aeiouAEIOU]/.test(letter) ? ACCENTED[letter]!.repeat(2) : ACCENTED[letter]!));
  return rtl && long.trim() ? `\u202e${long}\u202c` : long;
};

function write(parts: Part[], rtl: boolean): string {
  return parts
    .map((part) => {
      if ('text' in part) return pseudoText(part.text, rtl);
      if ('name' in part) return `{${part.name}}`;
      return `{${part.plural}, plural, ${part.branches.map(([key, branch]) => `${key} {${write(branch, rtl)}}`).join(' ')}}`;
    })
    .join('');
}

/** The pseudo-locale's version of an English message: same placeholders and plurals, no plain English letters. */
export const pseudoMessage = (pattern: string, rtl = false): string => write(messageParts(pattern), rtl);

/** A feature's English words, each made pseudo. */
export const pseudoTable = (english: Table, rtl: boolean): Table =>
  Object.fromEntries(Object.entries(english).map(([id, text]) => [id, pseudoMessage(text, rtl)]));
