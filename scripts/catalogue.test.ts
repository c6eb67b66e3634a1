// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../src/catalogue/check';
import { buildIndex, compactIndex, expandIndex } from '../src/catalogue/index-model';
import { catalogueJsonSchema } from '../src/catalogue/json-schema';
import { readCatalogue, ROOT } from './read-catalogue';

const linkedinFile = readFileSync(join(ROOT, 'data/platforms/linkedin.json'), 'utf8');
const AI = 'linkedin.data-for-generative-ai-improvement';

/** The real LinkedIn file with one edit, as a contributor might make it. */
function brokenLinkedin(edit: (platform: { settings: Record<string, unknown>[] } & Record<string, unknown>) => void) {
  const platform = JSON.parse(linkedinFile);
  edit(platform);
  const lock = platform.settings.map((s: { id: string }) => s.id);
  return checkCatalogue([{ file: 'data/platforms/linkedin.json', content: JSON.stringify(platform) }], lock).problems.map(formatProblem);
}

describe('the shipped catalogue', () => {
  const { platforms, problems } = readCatalogue();

  it('passes the schema and every cross-file rule', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('ships a compact index that expands back to exactly the full one', () => {
    const index = buildIndex(platforms);
    const compact = compactIndex(index);
    expect(expandIndex(compact)).toEqual(index);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(index).length * 0.9);
    const all = index.platforms.flatMap((p) => p.settings);
    expect(all.some((s) => s.kind !== 'toggle')).toBe(true);
    expect(all.some((s) => s.regionsOnly || s.regionsNotApplicable)).toBe(true);
  });

  it('features LinkedIn’s AI-training switch with its deep link, menu path and caveat', () => {
    const { featured } = buildIndex(platforms);
    expect(featured).toEqual({ platformId: 'linkedin', settingId: AI });
    const setting = platforms.find((p) => p.id === 'linkedin')?.settings.find((s) => s.id === AI);
    expect(setting?.url).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(setting?.menuPath?.length).toBeGreaterThan(1);
    expect(setting?.caveats).toMatch(/undo|already/i);
  });

  it('has LinkedIn in full and at least four more platforms with AI-training settings', () => {
    expect(platforms.find((p) => p.id === 'linkedin')?.settings.length).toBeGreaterThanOrEqual(5);
    const withAi = platforms.filter((p) => p.id !== 'linkedin' && p.settings.some((s) => s.category === 'ai-training'));
    expect(withAi.length).toBeGreaterThanOrEqual(4);
  });

  it('data/catalogue.schema.json is up to date with the zod schemas (npm run catalogue:schema)', () => {
    expect(readFileSync(join(ROOT, 'data/catalogue.schema.json'), 'utf8')).toBe(catalogueJsonSchema());
  });
});

describe('checkCatalogue rejects broken entries, naming file, entry and field', () => {
  it('a source that is not https', () => {
    expect(brokenLinkedin((p) => { p.settings[0]!.sources = ['http://example.com/help']; })).toContain(
      `data/platforms/linkedin.json › ${AI} › sources.0: must be a full https:// address`,
    );
  });

  it('an unknown category and a missing why', () => {
    const problems = brokenLinkedin((p) => {
      p.settings[0]!.category = 'AI';
      delete p.settings[0]!.why;
    });
    expect(problems.some((m) => m.startsWith(`data/platforms/linkedin.json › ${AI} › category:`))).toBe(true);
    expect(problems.some((m) => m.startsWith(`data/platforms/linkedin.json › ${AI} › why:`))).toBe(true);
  });

  it('a deep link without its menu path', () => {
    expect(brokenLinkedin((p) => { delete p.settings[0]!.menuPath; })).toContain(
      `data/platforms/linkedin.json › ${AI} › menuPath: must be given beside a deep link (links move)`,
    );
  });

  it('a duplicate id', () => {
    expect(brokenLinkedin((p) => { p.settings[1]!.id = AI; })).toContain(
      `data/platforms/linkedin.json › ${AI} › id: is used twice (also in data/platforms/linkedin.json)`,
    );
  });

  it('a field the schema does not know', () => {
    const problems = brokenLinkedin((p) => { p.settings[0]!.menu = 'typo'; });
    expect(problems).toContain(`data/platforms/linkedin.json › ${AI}: has unknown field(s): menu`);
  });

  it('an id that was shipped and has vanished', () => {
    const result = checkCatalogue([{ file: 'data/platforms/linkedin.json', content: linkedinFile }], [AI, 'linkedin.gone']);
    expect(result.problems.map(formatProblem)).toContain(
      'data/ids.lock › linkedin.gone: was shipped once and has vanished; retire it (retired: { date }) instead of deleting it',
    );
  });

  it('a file that is not JSON', () => {
    const result = checkCatalogue([{ file: 'data/platforms/x.json', content: '{ "id": ' }], []);
    expect(formatProblem(result.problems[0]!)).toMatch(/^data\/platforms\/x\.json: is not valid JSON/);
  });
});

describe('fieldCounts', () => {
  it('counts given fields as verified unless named in unverified', async () => {
    const { fieldCounts } = await import('../src/catalogue/check');
    const setting = JSON.parse(linkedinFile).settings[0];
    const given = { ...setting, steps: { web: ['a'], ios: ['b'] }, unverified: ['steps.ios'], default: undefined, regions: undefined, caveats: undefined, url: undefined, menuPath: undefined };
    // title, recommended, steps.web verified; steps.ios unverified
    expect(fieldCounts([given])).toEqual({ verified: 3, unverified: 1 });
  });
});

describe('checkCatalogue dates', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  const check = (edit: (s: Record<string, unknown>) => void) => {
    const platform = JSON.parse(linkedinFile);
    edit(platform.settings[0]);
    const lock = platform.settings.map((s: { id: string }) => s.id);
    return checkCatalogue([{ file: 'data/platforms/linkedin.json', content: JSON.stringify(platform) }], lock, now).problems.map(formatProblem);
  };

  it('rejects a verified date in the future', () => {
    expect(check((s) => { s.verified = '2026-11-24'; })).toContain(`data/platforms/linkedin.json › ${AI} › verified: is in the future (2026-11-24)`);
    expect(check((s) => { s.verified = '2026-11-23'; })).toEqual([]);
  });

  it('rejects a change newer than the entry’s updated date', () => {
    expect(check((s) => { s.changes = [{ date: '2026-11-30', summary: 'Moved' }]; s.updated = '2026-11-23'; })).toContain(
      `data/platforms/linkedin.json › ${AI} › changes.0.date: is newer than updated (2026-11-23); bump updated`,
    );
  });

  it('rejects a retired entry replaced by a setting that does not exist', () => {
    expect(check((s) => { s.retired = { date: '2026-11-01', replacedBy: 'linkedin.nothing-here' }; })).toContain(
      `data/platforms/linkedin.json › ${AI} › retired.replacedBy: names a setting that does not exist`,
    );
  });
});
