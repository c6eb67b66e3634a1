// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Platform } from '../schema/catalogue';
import { makeSetting } from '../test/make-setting';
import { checkOverlays, overlayCoverage } from './overlays';

const platform: Platform = {
  id: 'demo', name: 'Demo', description: 'A demo platform.', settingsUrl: 'https://example.com/settings', reauditDays: 90, added: '2026-01-01', evidence: { settingsUrl: 'official' },
  settings: [
    makeSetting({ id: 'demo.ai-training', caveats: 'Past training is not undone.' }),
    makeSetting({ id: 'demo.ads', category: 'ads' }),
  ],
};
const helpDe = { url: 'https://example.com/de/hilfe', title: 'KI-Training ausschalten', publisher: 'Demo Hilfe', kind: 'official', date: '2026-11-20' };
const press = { url: 'https://news.example.org/ki', title: 'So schaltest du es aus', publisher: 'Beispiel News', kind: 'press', date: '2026-11-02' };

const overlay = (setting: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  locale: 'de', platform: 'demo', translated: '2026-12-01', description: 'Eine Beispielplattform.',
  settings: {
    'demo.ai-training': {
      title: { text: 'Meine Daten für KI verwenden', source: helpDe.url, grade: 'official' },
      why: 'Deine Beiträge trainieren die Modelle.', recommended: 'Aus', caveats: 'Früheres Training bleibt.',
      steps: { web: ['Öffne die Einstellungen', 'Schalte es aus'] },
      ...setting,
    },
  },
  sources: [helpDe, press],
  ...extra,
});
const check = (content: unknown, file = 'data/i18n/de/demo.json') =>
  checkOverlays([{ file, content: JSON.stringify(content) }], [platform], new Date('2026-12-01T12:00:00Z'));
const messages = (content: unknown, file?: string) => check(content, file).problems.map((p) => [p.entry, p.field, p.message].filter(Boolean).join(' › '));

describe('catalogue overlays', () => {
  it('refuse an English-label mark with no quoted label right before it, which the page could not speak as English', () => {
    const mark = '(englische Menübezeichnung)';
    const steps = { web: ['Öffne „Settings“ (englische Menübezeichnung)', 'Wähl Privacy (englische Menübezeichnung) und schalte es aus'] };
    const found = checkOverlays([{ file: 'data/i18n/de/demo.json', content: JSON.stringify(overlay({ steps })) }], [platform], new Date('2026-12-01T12:00:00Z'), { de: mark });
    expect(found.problems.map((p) => [p.entry, p.field, p.message].join(' › '))).toEqual([
      `demo.ai-training › steps.web.1 › has ${mark} without an English label in quotation marks right before it`,
    ]);
  });

  it('accept a translation that matches its English entry and backs its label, and count it', () => {
    const result = check(overlay());
    expect(result.problems).toEqual([]);
    const coverage = overlayCoverage(result.overlays, [platform]);
    expect(coverage.total).toEqual({ platforms: 1, aiTraining: 1 });
    expect(coverage.locales.find((c) => c.locale === 'de')).toMatchObject({ platforms: 1, aiTraining: 1, localTitles: 1, localMenuPaths: 0 });
    expect(coverage.locales.find((c) => c.locale === 'fr')).toMatchObject({ platforms: 0, aiTraining: 0 });
  });

  it('refuse a setting id that does not exist, and a platform that does not exist', () => {
    const unknown = overlay();
    (unknown.settings as Record<string, unknown>)['demo.gone'] = unknown.settings['demo.ai-training'];
    expect(messages(unknown)).toEqual(['demo.gone › names a setting that does not exist on Demo']);
    expect(messages(overlay({}, { platform: 'nowhere' }), 'data/i18n/de/nowhere.json')).toEqual(['nowhere › names a platform that does not exist']);
  });

  it('refuse a label without a listed source, and a grade its sources cannot carry', () => {
    expect(messages(overlay({ title: { text: 'KI', source: 'https://elsewhere.example/x', grade: 'reported' } }))).toEqual([
      'demo.ai-training › title.source › must be listed in the file\'s sources (https://elsewhere.example/x)',
    ]);
    expect(messages(overlay({ menuPath: { text: ['Einstellungen', 'Datenschutz'], source: press.url, grade: 'official' } }))).toEqual([
      'demo.ai-training › menuPath.grade › is official, but no source is of kind official',
    ]);
    expect(messages(overlay({ menuPath: { text: ['Einstellungen'], source: [press.url, helpDe.url], grade: 'documented' } }))).toEqual([]);
  });

  it('refuse steps or facts that differ from the English entry', () => {
    expect(messages(overlay({ steps: { web: ['Öffne die Einstellungen'], ios: ['Tippe'] } }))).toEqual([
      'demo.ai-training › steps.web › has 1 step(s); the English entry has 2',
      'demo.ai-training › steps.ios › is not in the English entry',
    ]);
    expect(messages(overlay({ caveats: undefined, regions: 'Nur in der EU.' }))).toEqual([
      'demo.ai-training › caveats › is missing (the English entry gives it)',
      'demo.ai-training › regions › is not in the English entry',
    ]);
    // The platform's default is shown beside the recommended value: in English it would stand out on a translated card.
    expect(messages(overlay({ default: 'An' }))).toEqual(['demo.ai-training › default › is not in the English entry']);
    const withDefault = { ...platform, settings: [makeSetting({ id: 'demo.ai-training', caveats: 'Past training is not undone.', default: 'On' })] };
    const problems = checkOverlays([{ file: 'data/i18n/de/demo.json', content: JSON.stringify(overlay()) }], [withDefault]).problems;
    expect(problems.map((p) => `${p.field} › ${p.message}`)).toEqual(['default › is missing (the English entry gives it)']);
  });

  it('refuse a file in the wrong place, unknown fields and broken JSON', () => {
    expect(messages(overlay(), 'data/i18n/fr/demo.json')).toEqual(['must sit at data/i18n/de/demo.json']);
    expect(messages(overlay({ note: 'x' }))).toEqual(['settings.demo.ai-training › has unknown field(s): note']);
    expect(checkOverlays([{ file: 'data/i18n/de/demo.json', content: '{' }], [platform]).problems[0]?.message).toMatch(/^is not valid JSON/);
  });
});
