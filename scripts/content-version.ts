import { createHash } from 'node:crypto';

/**
 * A short hash of named texts, used as the folder of files the build writes beside the code
 * (`catalogue/<version>/…`, `words/<version>/…`): a new build's files get new addresses, so they
 * are never read against an old build's cached ones.
 */
export function contentVersion(parts: Iterable<readonly [name: string, text: string]>): string {
  const hash = createHash('sha256');
  for (const [name, text] of parts) hash.update(`${name}\n${text}\n`);
  return hash.digest('hex').slice(0, 10);
}
