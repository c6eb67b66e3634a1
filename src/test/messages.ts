/**
 * Test helpers for messages: the placeholder shape of a message, and the pseudo-locale made from
 * English at test time (every letter accented, vowels doubled — about 35 % longer — and, for the
 * right-to-left variant, each run of text wrapped in right-to-left override marks). A page shown in
 * the pseudo-locale that still contains plain English has text that does not go through the messages.
 */

type Part = { readonly text: string } | { readonly name: string } | { readonly plural: string; readonly branches: readonly (readonly [string, Part[]])[] };

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in “${text}”`);
}

function parse(pattern: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    if (open < 0) {
      parts.push({ text: pattern.slice(i) });
      break;
    }
    if (open > i) parts.push({ text: pattern.slice(i, open) });
    const end = closing(pattern, open);
    const inner = pattern.slice(open + 1, end);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (plural) {
      const body = plural[2] ?? '';
      const branches: [string, Part[]][] = [];
      let j = 0;
      while (body.indexOf('{', j) >= 0) {
        const start = body.indexOf('{', j);
        const stop = closing(body, start);
        branches.push([body.slice(j, start).trim(), parse(body.slice(start + 1, stop))]);
        j = stop + 1;
      }
      parts.push({ plural: plural[1] ?? '', branches });
    } else parts.push({ name: inner });
    i = end + 1;
  }
  return parts;
}

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
  walk(parse(pattern));
  return [...shape].sort();
}

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
export const pseudoMessage = (pattern: string, rtl = false): string => write(parse(pattern), rtl);

/** Runs of three or more plain-ASCII words in a message's fixed text: what would betray an untranslated string on screen. */
export function englishPhrases(pattern: string): string[] {
  const texts: string[] = [];
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if ('text' in part) texts.push(part.text);
      if ('plural' in part) for (const [, branch] of part.branches) walk(branch);
    }
  };
  walk(parse(pattern));
  return texts.flatMap((text) => text.match(/[A-Za-z’']+(?:[ ,][A-Za-z’']+){2,}/g) ?? []);
}
