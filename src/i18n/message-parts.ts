/**
 * A message pattern taken apart: fixed text, `{name}` placeholders and ICU plurals with their
 * branches. For tools that rewrite or inspect messages (the pseudo-locale, the translation checks);
 * the app itself formats messages with translate.ts, which needs no tree.
 */

export type Part =
  | { readonly text: string }
  | { readonly name: string }
  | { readonly plural: string; readonly branches: readonly (readonly [string, Part[]])[] };

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in “${text}”`);
}

/** The parts of `pattern`, in order; throws on unbalanced braces. */
export function messageParts(pattern: string): Part[] {
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
        branches.push([body.slice(j, start).trim(), messageParts(body.slice(start + 1, stop))]);
        j = stop + 1;
      }
      parts.push({ plural: plural[1] ?? '', branches });
    } else parts.push({ name: inner });
    i = end + 1;
  }
  return parts;
}
