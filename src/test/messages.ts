/**
 * Test helpers for messages: the placeholder shape of a message (what a translation must match), and
 * the English phrases that would betray an untranslated string on screen. (The pseudo-locale's words
 * are made by src/i18n/pseudo-words.ts, which a test build serves in the browser too.)
 */

import { messageParts, type Part } from '../i18n/message-parts';

/**
 * The values a message uses ("{count}"), and any plural without an "other" branch: what a translation
 * must match. A plural in one language may be a plain placeholder in another ("{count} selected").
 */
export function placeholderShape(pattern: string): string[] {
  const shape = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if ('name' in part) shape.add(`{${part.name}}`);
      if ('plural' in part) {
        shape.add(`{${part.plural}}`);
        if (!part.branches.some(([key]) => key === 'other')) shape.add(`{${part.plural}, plural} without “other”`);
        for (const [, branch] of part.branches) walk(branch);
      }
    }
  };
  walk(messageParts(pattern));
  return [...shape].sort();
}

/** Runs of three or more plain-ASCII words in a message's fixed text: what would betray an untranslated string on screen. */
export function englishPhrases(pattern: string): string[] {
  const texts: string[] = [];
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if ('text' in part) texts.push(part.text);
      if ('plural' in part) for (const [, branch] of part.branches) walk(branch);
    }
  };
  walk(messageParts(pattern));
  return texts.flatMap((text) => text.match(/[A-Za-z’']+(?:[ ,][A-Za-z’']+){2,}/g) ?? []);
}
