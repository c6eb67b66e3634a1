/**
 * One-off migration (2026-12-01) from `sources: string[]`, `verified` and `unverified` to source objects,
 * a grade per fact and `checked`. Kept in the repo so the migration can be read and re-run on an old file:
 *   npx tsx scripts/migrate-catalogue-evidence.ts [data/platforms/x.json …]
 *
 * What it cannot know it does not invent: a source's title is left out; its date is the day the entry's
 * facts were gathered from it (`added`); its kind and publisher come from its address. Grades start from
 * what `unverified` said: a field named there is `unconfirmed`; any other is graded by the strongest
 * sources the entry cites. Every migrated entry is then re-checked by hand, which corrects both.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { givenFields, hasIndependentPair } from '../src/catalogue/evidence.ts';
import type { Setting } from '../src/schema/catalogue.ts';
import type { SOURCE_KINDS } from '../src/schema/constants.ts';

type Kind = (typeof SOURCE_KINDS)[number];
interface OldSetting {
  sources: (string | Record<string, unknown>)[];
  verified?: string;
  unverified?: string[];
  added: string;
  steps: Record<string, unknown>;
  [key: string]: unknown;
}

/** The platforms' own domains beyond the host of their settings page. */
const OWN_DOMAINS: Record<string, string[]> = {
  adobe: ['adobe.com'],
  amazon: ['amazon.com', 'amazon.ca', 'amazon.com.au', 'aboutamazon.com'],
  apple: ['apple.com'],
  bluesky: ['bsky.app', 'bsky.social', 'blueskyweb.xyz'],
  canva: ['canva.com', 'canva.cn'],
  chatgpt: ['openai.com', 'chatgpt.com'],
  claude: ['anthropic.com', 'claude.ai', 'claude.com'],
  discord: ['discord.com'],
  facebook: ['facebook.com', 'meta.com', 'fb.com'],
  github: ['github.com', 'github.blog'],
  google: ['google.com', 'blog.google'],
  instagram: ['instagram.com', 'meta.com', 'facebook.com', 'fb.com'],
  linkedin: ['linkedin.com'],
  mastodon: ['joinmastodon.org'],
  medium: ['medium.com'],
  microsoft: ['microsoft.com'],
  mistral: ['mistral.ai'],
  netflix: ['netflix.com'],
  otter: ['otter.ai'],
  perplexity: ['perplexity.ai'],
  pinterest: ['pinterest.com'],
  quora: ['quora.com'],
  reddit: ['reddit.com', 'redditinc.com', 'reddithelp.com'],
  signal: ['signal.org'],
  slack: ['slack.com'],
  snapchat: ['snapchat.com', 'snap.com'],
  spotify: ['spotify.com'],
  squarespace: ['squarespace.com'],
  strava: ['strava.com'],
  substack: ['substack.com'],
  telegram: ['telegram.org'],
  threads: ['threads.net', 'threads.com', 'meta.com', 'facebook.com', 'instagram.com'],
  tiktok: ['tiktok.com'],
  tumblr: ['tumblr.com', 'automattic.com', 'wordpress.com'],
  udemy: ['udemy.com'],
  whatsapp: ['whatsapp.com', 'meta.com'],
  x: ['x.com', 'twitter.com'],
  yahoo: ['yahoo.com'],
  youtube: ['youtube.com', 'google.com', 'blog.youtube'],
  zoom: ['zoom.us', 'zoom.com'],
};

const REGULATORS = ['ico.org.uk', 'edpb.europa.eu', 'cnil.fr', 'dataprotection.ie', 'ftc.gov', 'oag.ca.gov', 'cppa.ca.gov', 'datenschutz'];
const PRESS = [
  'theverge.com', 'techcrunch.com', 'engadget.com', 'cnbc.com', 'arstechnica.com', 'macrumors.com', '9to5mac.com',
  'theguardian.com', 'bbc.co.uk', 'bbc.com', 'reuters.com', 'apnews.com', 'nytimes.com', 'washingtonpost.com', 'wired.com',
  'cnet.com', 'zdnet.com', 'adweek.com', 'fastcompany.com', 'bgr.com', 'digitaltrends.com', 'androidpolice.com',
  'windowscentral.com', 'neowin.net', 'tomsguide.com', 'trustedreviews.com', 'slashgear.com', 'imore.com', 'indianexpress.com',
  'indiatoday.in', 'deccanherald.com', 'news18.com', 'gulfnews.com', 'siliconrepublic.com', 'ibtimes.co.uk', 'iol.co.za',
  'ghacks.net', 'thestack.technology', 'pcmag.com', 'forbes.com', 'businessinsider.com', 'lifehacker.com.au', 'howtogeek.com',
  'makeuseof.com', 'phonearena.com', 'channelnews.com.au', 'digit.in', 'bgr.in', 'thehansindia.com', 'republicworld.com',
];
const COMMUNITY = ['blogspot.com', 'medium.com', 'substack.com', 'github.com', 'reddit.com', 'pages.dev', 'vercel.app', 'forum', 'community'];

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const within = (h: string, domain: string) => h === domain || h.endsWith('.' + domain);

function describeSource(url: string, platformId: string, ownDomains: string[]): { url: string; publisher: string; kind: Kind } {
  const h = host(url);
  if (h === 'github.com' && url.includes('/OpenTermsArchive/')) {
    return { url, publisher: 'Open Terms Archive (dated copy of the platform’s own text)', kind: 'official' };
  }
  if (h === 'web.archive.org' || h === 'archive.li') return { url, publisher: 'Internet Archive copy', kind: 'official' };
  if (ownDomains.some((d) => within(h, d)) && !(platformId !== 'github' && h === 'github.com') && !(platformId !== 'medium' && h === 'medium.com')) {
    return { url, publisher: h, kind: 'official' };
  }
  if (REGULATORS.some((d) => h.includes(d))) return { url, publisher: h, kind: 'regulator' };
  if (PRESS.some((d) => within(h, d))) return { url, publisher: h, kind: 'press' };
  if (COMMUNITY.some((d) => h.includes(d))) return { url, publisher: h, kind: 'community' };
  return { url, publisher: h, kind: 'guide' };
}

type Source = { url: string; publisher: string; kind: Kind; date: string };
/** The strongest grade the sources allow, by the same rules `catalogue:check` applies. */
function bestGrade(sources: Source[]): 'official' | 'documented' | 'reported' {
  if (sources.some((s) => s.kind === 'official')) return 'official';
  return hasIndependentPair(sources) ? 'documented' : 'reported';
}

export function migratePlatform(platform: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(platform.settings)) return platform;
  const id = String(platform.id);
  const ownDomains = [host(String(platform.settingsUrl)).split('.').slice(-2).join('.'), ...(OWN_DOMAINS[id] ?? [])];
  const settings = (platform.settings as OldSetting[]).map((setting) => {
    if (setting.sources.every((s) => typeof s === 'object')) return setting;
    // `verified` held the sources' newest date, not a check date, so it has no successor field.
    const { unverified = [], ...rest } = setting;
    delete rest.verified;
    const sources: Source[] = setting.sources.map((url) => ({ ...describeSource(String(url), id, ownDomains), date: setting.added }));
    const grade = bestGrade(sources);
    const evidence = Object.fromEntries(
      givenFields(setting as unknown as Setting).map((f) => [f, unverified.includes(f) ? 'unconfirmed' : grade]),
    );
    const ordered: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) {
      ordered[key] = key === 'sources' ? sources : value;
      if (key === 'sources') {
        ordered.evidence = evidence;
        ordered.checked = setting.added;
      }
    }
    return ordered;
  });
  const { unverified: platformUnverified = [], ...platformRest } = platform as { unverified?: string[] } & Record<string, unknown>;
  const allSources = settings.flatMap((s) => s.sources as Source[]);
  const platformGrade = allSources.some((s) => s.kind === 'official') ? 'official' : 'reported';
  const platformEvidence = Object.fromEntries(
    (['settingsUrl', 'regions'] as const).filter((f) => platform[f] !== undefined).map((f) => [f, platformUnverified.includes(f) ? 'unconfirmed' : platformGrade]),
  );
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(platformRest)) {
    if (key === 'settings') out.evidence = platform.evidence ?? platformEvidence;
    out[key] = key === 'settings' ? settings : value;
  }
  return out;
}

/** Writes JSON the way the catalogue files are written: two spaces, short arrays of strings on one line. */
export function formatCatalogueJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  return json.replace(/\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s+\]/g, (whole, items: string) => {
    const line = '[' + items.split(/,\n\s+/).join(', ') + ']';
    return line.length <= 100 ? line : whole;
  }) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '..', 'data', 'platforms');
  const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const after = formatCatalogueJson(migratePlatform(JSON.parse(before)));
    if (after !== before) writeFileSync(file, after);
  }
  console.log(`migrated ${files.length} file(s)`);
}
