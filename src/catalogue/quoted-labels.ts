/**
 * A platform's English label quoted inside our translated text, as the overlays write it: in the
 * language's quotation marks, then the mark that says it is the English label, e.g.
 * „Settings & Privacy“ (englische Menübezeichnung). Pure: text and mark in, parts out.
 */
export interface QuotedLabel {
  /** The opening mark with any space inside it (French writes « … »). */
  open: string;
  label: string;
  close: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` cut into plain runs and the English labels it quotes with `mark` after them (the mark itself left out). */
export function splitQuotedLabels(text: string, mark: string): (string | QuotedLabel)[] {
  if (!mark || !text.includes(mark)) return [text];
  const quoted = new RegExp(`([„«]\\s?)([^„“«»]+?)(\\s?[“»])\\s${escapeRegExp(mark)}`, 'g');
  const parts: (string | QuotedLabel)[] = [];
  let last = 0;
  for (const match of text.matchAll(quoted)) {
    const [whole, open = '', label = '', close = ''] = match;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ open, label, close });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
