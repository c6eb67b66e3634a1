import type { Query } from './driver';

/** "button "Done" [pressed] in article "…"": how a failure names what it waited for. */
export function describeQuery(query: Query): string {
  const parts: string[] = [query.role];
  if (query.level) parts.push(`level ${query.level}`);
  if (query.name !== undefined) parts.push(JSON.stringify(query.name));
  if (query.pressed !== undefined) parts.push(query.pressed ? '[pressed]' : '[not pressed]');
  if (query.text) parts.push(`containing ${JSON.stringify(query.text)}`);
  if (query.nth) parts.push(`#${query.nth}`);
  return parts.join(' ') + (query.within ? ` in ${describeQuery(query.within)}` : '');
}
