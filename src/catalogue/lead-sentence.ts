/**
 * A setting's `why` split into its first sentence and the rest: cards lead with one line and keep
 * the rest one tap away. A sentence ends at . ! or ? followed by a space and a capital, a digit
 * or an opening quote, so "e.g. your posts" does not end one.
 */
export function splitLead(text: string): { lead: string; rest?: string } {
  const end = /[.!?]["”’')]?\s+(?=["“‘'(]?[A-Z0-9])/.exec(text);
  if (!end) return { lead: text.trim() };
  const cut = end.index + end[0].trimEnd().length;
  const rest = text.slice(cut).trim();
  return rest ? { lead: text.slice(0, cut).trim(), rest } : { lead: text.trim() };
}
