/**
 * The catalogue's changes as an Atom 1.0 feed (RFC 4287), written at build time to /changes.xml so
 * people can follow them in any feed reader: a file like any other, so nobody's reading is tracked.
 */
import type { CatalogueChange } from './changes';
import { fnv1a } from './fnv1a';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** The title of one entry: "LinkedIn: Data for Generative AI Improvement". */
  entryTitle: (change: CatalogueChange) => string;
  /** The newest 50 changes are plenty for a reader; older ones stay on the page. */
  limit?: number;
}

/**
 * Ids are `tag:` URIs (RFC 4151), stable whatever host serves the app, so readers never show a change
 * twice: the setting, the day and a hash of the summary. Links are root-relative for the same reason;
 * readers resolve them against the feed's own address.
 */
const TAG = 'tag:privacy-checkup.app,2026:';
function entryId(change: CatalogueChange): string {
  return `${TAG}change/${change.settingId}/${change.date}/${fnv1a(change.summary).toString(16)}`;
}

export function atomFeed(changes: readonly CatalogueChange[], options: FeedOptions): string {
  const { limit = 50 } = options;
  const shown = changes.slice(0, limit);
  const updated = `${shown[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const entries = shown.map((change) => {
    const link = `/platforms/${encodeURIComponent(change.platformId)}#${encodeURIComponent(change.settingId)}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(entryId(change))}</id>`,
      `    <title>${escapeXml(options.entryTitle(change))}</title>`,
      `    <updated>${change.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${escapeXml(link)}"/>`,
      ...(change.source ? [`    <link rel="related" href="${escapeXml(change.source)}"/>`] : []),
      `    <summary>${escapeXml(change.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${TAG}changes</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    '  <link rel="self" href="/changes.xml"/>',
    '  <link rel="alternate" href="/changes"/>',
    `  <author><name>${escapeXml(options.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
