// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../src/catalogue/check';
import { buildIndex, compactIndex, expandIndex } from '../src/catalogue/index-model';
import { catalogueJsonSchema } from '../src/catalogue/json-schema';
import { summariseCatalogue } from '../src/catalogue/summary';
import { makeSetting } from '../src/test/make-setting';
import { readCatalogue, ROOT } from './read-catalogue';

const AI = 'linkedin.data-for-generative-ai-improvement';
/** A fixed, valid platform file: the rules are tested on it, not on the live catalogue, which keeps changing. */
const linkedinFile = JSON.stringify({
  id: 'linkedin', name: 'LinkedIn', description: 'A professional network.', settingsUrl: 'https://www.linkedin.com/mypreferences/d/categories/account',
  reauditDays: 60, added: '2026-11-23', evidence: { settingsUrl: 'official' },
  settings: [
    makeSetting({
      id: AI, added: '2026-11-23', updated: '2026-11-23', checked: '2026-11-23',
      menuPath: ['Me', 'Settings & Privacy', 'Data privacy', 'Data for Generative AI Improvement'],
      url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      evidence: { title: 'official', menuPath: 'official', url: 'official', 'steps.web': 'official', recommended: 'official' },
    }),
    makeSetting({ id: 'linkedin.two-step-verification', added: '2026-11-23', updated: '2026-11-23', checked: '2026-11-23' }),
  ],
});

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
    expect(brokenLinkedin((p) => { p.settings[0]!.sources = [{ url: 'http://example.com/help', publisher: 'Example', kind: 'official', date: '2026-01-01' }]; })).toContain(
      `data/platforms/linkedin.json › ${AI} › sources.0.url: must be a full https:// address`,
    );
  });

  it('a source without a date or kind', () => {
    const problems = brokenLinkedin((p) => { p.settings[0]!.sources = [{ url: 'https://example.com/help', publisher: 'Example' }]; });
    expect(problems.some((m) => m.startsWith(`data/platforms/linkedin.json › ${AI} › sources.0.kind:`))).toBe(true);
    expect(problems.some((m) => m.startsWith(`data/platforms/linkedin.json › ${AI} › sources.0.date:`))).toBe(true);
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

describe('checkCatalogue dates', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  const check = (edit: (s: Record<string, unknown>) => void) => {
    const platform = JSON.parse(linkedinFile);
    edit(platform.settings[0]);
    const lock = platform.settings.map((s: { id: string }) => s.id);
    return checkCatalogue([{ file: 'data/platforms/linkedin.json', content: JSON.stringify(platform) }], lock, now).problems.map(formatProblem);
  };

  it('rejects a checked date in the future', () => {
    expect(check((s) => { s.checked = '2026-11-24'; })).toContain(`data/platforms/linkedin.json › ${AI} › checked: is in the future (2026-11-24)`);
    expect(check((s) => { s.checked = '2026-11-23'; })).toEqual([]);
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

describe('checkCatalogue grades every fact against its sources', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a contributor's hand edit of untyped JSON
  const check = (edit: (s: Record<string, any>) => void) => brokenLinkedin((p) => edit(p.settings[0]!));
  const at = (field: string) => `data/platforms/linkedin.json › ${AI} › ${field}`;
  const press = (publisher: string) => ({ url: `https://news.example/${publisher}`, title: 'A report', publisher, kind: 'press', date: '2026-01-01' });

  it('a fact without a grade, and a grade for a fact the entry does not give', () => {
    const problems = check((s) => { delete s.evidence.url; s.evidence['steps.ios'] = 'official'; });
    expect(problems).toContain(`${at('evidence.url')}: is missing (every fact needs a grade)`);
    expect(problems).toContain(`${at('evidence.steps.ios')}: grades a fact the entry does not give`);
  });

  it('an official grade with no official source', () => {
    expect(check((s) => { s.sources = [press('The Verge')]; s.evidence = { ...s.evidence, title: 'reported', menuPath: 'reported', url: 'reported', 'steps.web': 'reported' }; }))
      .toEqual([`${at('evidence.recommended')}: is official, but no source is of kind official`]);
  });

  it('a documented grade needs two reputable sources from different publishers', () => {
    const documented = (sources: unknown[]) => check((s) => { s.sources = sources; s.evidence = Object.fromEntries(Object.keys(s.evidence).map((f) => [f, 'documented'])); });
    expect(documented([press('The Verge'), press('The Verge')])).toContain(
      `${at('evidence.title')}: is documented, but there are not two reputable sources from different publishers`,
    );
    expect(documented([press('The Verge'), press('Reuters')])).toEqual([]);
  });

  it('a contested grade must say how the sources disagree', () => {
    expect(check((s) => { s.evidence.title = { grade: 'contested', note: 'Help page and app differ.' }; })).toEqual([]);
    expect(check((s) => { s.evidence.title = { grade: 'contested' }; }).some((m) => m.startsWith(at('evidence.title')))).toBe(true);
  });

  it('a volatile switch names one of its sources as the one that says so', () => {
    expect(check((s) => { s.volatile = true; })).toContain(`${at('volatileSource')}: must be given with volatile: true, and only then`);
    expect(check((s) => { s.volatile = true; s.volatileSource = 'https://elsewhere.example/'; })).toContain(`${at('volatileSource')}: must be one of the entry’s sources`);
    expect(check((s) => { s.volatile = true; s.volatileSource = s.sources[0].url; })).toEqual([]);
  });

  it('a change’s source must be one of the entry’s sources', () => {
    expect(check((s) => { s.changes = [{ date: '2026-11-01', summary: 'Moved.', source: 'https://elsewhere.example/' }]; }))
      .toContain(`${at('changes.0.source')}: must be one of the entry’s sources`);
  });

  it('the platform’s own facts are graded too', () => {
    expect(brokenLinkedin((p) => { p.evidence = {}; })).toContain('data/platforms/linkedin.json › linkedin › evidence.settingsUrl: is missing (every fact needs a grade)');
  });
});

describe('summariseCatalogue', () => {
  it('counts live settings, facts by grade, the strong share and what is due for re-check', () => {
    const { platforms } = checkCatalogue([{ file: 'data/platforms/linkedin.json', content: linkedinFile }], [AI, 'linkedin.two-step-verification']);
    const { total } = summariseCatalogue(platforms, new Date('2027-06-01T00:00:00Z'));
    expect(total.settings).toBe(2);
    expect(total.grades).toEqual({ official: 8, documented: 0, reported: 0, contested: 0, unconfirmed: 0 });
    expect(total.strong).toBe(1);
    expect(total.due).toBe(2);
    expect(summariseCatalogue(platforms, new Date('2026-12-01T00:00:00Z')).total.due).toBe(0);
  });
});
