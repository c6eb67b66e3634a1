// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reportFixture } from '../test/report-fixture';
import { csvCell, renderCsv } from './csv';
import { escapeHtml, renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { buildReport } from './model';
import { reportWords } from '../i18n/report-messages';

const report = buildReport(reportFixture());
const withoutNotes = buildReport(reportFixture({ includeNotes: false }));

describe('the report model', () => {
  it('counts progress per platform and overall, and lists open high-priority items first with deep links', () => {
    expect(report.overall).toMatchObject({ done: 1, notApplicable: 1, total: 4 });
    expect(report.openHighPriority.map((s) => s.id)).toEqual(['linkedin.ads', 'x.grok']);
    const linkedin = report.platforms[0]!;
    expect(linkedin.nextDue).toBe('2027-01-22'); // 23 Nov + 60 days; a retired entry's old check does not set the date
    expect(linkedin.settings.find((s) => s.id === 'linkedin.old')).toMatchObject({ retired: { date: '2026-11-10', replacementTitle: 'Data from others for ads' } });
    expect(report.history.map((h) => h.setting)).toEqual(['Interactions with businesses', 'Grok & Third-party Collaborators', 'Personalized ads', 'Data for Generative AI Improvement']);
  });
});

describe('the report and the other views agree on where a setting stands (statusOf)', () => {
  // x.grok exists only in the US and changed after it was skipped.
  const base = reportFixture();
  const regional = (region: string) => {
    const platforms = base.platforms.map((p) => ({ ...p, settings: p.settings.map((s) => (s.id === 'x.grok' ? { ...s, regionsOnly: ['US'], updated: '2026-11-23' } : s)) }));
    return buildReport(reportFixture({ platforms, prefs: { ...base.prefs, region } }));
  };

  it('outside its region: not-in-region, counted as dealt with, not open, and not making its platform due', () => {
    const fr = regional('FR');
    const x = fr.platforms.find((p) => p.id === 'x')!;
    expect(x.settings.find((s) => s.id === 'x.grok')?.status).toBe('not-in-region');
    expect(x.progress).toMatchObject({ notApplicable: 2, complete: 2, total: 2 });
    expect(fr.openHighPriority.map((s) => s.id)).toEqual(['linkedin.ads']);
    expect(x.nextDue).toBe('2027-02-20'); // x.ads alone: 22 Nov + 90 days
  });

  it('inside its region: changed, open again, and its platform due today', () => {
    const us = regional('US');
    const x = us.platforms.find((p) => p.id === 'x')!;
    expect(x.settings.find((s) => s.id === 'x.grok')?.status).toBe('changed');
    expect(x.progress).toMatchObject({ skipped: 0, notApplicable: 1, complete: 1, open: 1 });
    expect(us.openHighPriority.map((s) => s.id)).toEqual(['linkedin.ads', 'x.grok']);
    expect(x.nextDue).toBe('2026-11-23');
  });
});

describe('Markdown', () => {
  it('matches the fixture', () => expect(renderMarkdown(report, reportWords)).toMatchSnapshot());

  it('escapes a hostile note so it shows as text', () => {
    const md = renderMarkdown(report, reportWords);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\| \\*bold\\* =cmd');
    expect(md).not.toMatch(/(^|[^\\])<img/); // every < is backslash-escaped
  });

  it('leaves notes out when asked', () => {
    expect(renderMarkdown(withoutNotes, reportWords)).not.toContain('onerror');
    expect(renderMarkdown(withoutNotes, reportWords)).not.toContain('| Note |');
  });
});

describe('HTML', () => {
  const html = renderHtml(report, reportWords);
  it('matches the fixture', () => expect(html).toMatchSnapshot());

  it('is standalone: its own CSP forbids everything but inline style, and it has no script', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link /i);
  });

  it('escapes every user string', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; | *bold* =cmd');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('leaves notes out when asked', () => expect(renderHtml(withoutNotes, reportWords)).not.toContain('onerror'));
});

describe('CSV', () => {
  it('matches the fixture', () => expect(renderCsv(report, reportWords)).toMatchSnapshot());

  it('neutralises cells that a spreadsheet would run as formulas, and quotes as RFC 4180 says', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('has one row per setting with platform, setting, category, status, date and note', () => {
    const lines = renderCsv(report, reportWords).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Platform,Setting,Category,Status,Date,Note');
    expect(lines).toContain(`X (Twitter),Personalized ads,Ads,Not applicable,2026-11-22,"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(lines).toHaveLength(1 + 5);
    expect(renderCsv(withoutNotes, reportWords).split('\r\n')[0]).toBe('\uFEFFPlatform,Setting,Category,Status,Date');
  });
});

describe('JSON', () => {
  it('is labelled and versioned, and matches the fixture', () => {
    const json = JSON.parse(renderJson(report));
    expect(json).toMatchObject({ type: 'privacy-checkup-report', format: 1, catalogueVersion: '2026-11-23+abc1234' });
    expect(renderJson(report)).toMatchSnapshot();
  });

  it('leaves notes out when asked', () => expect(renderJson(withoutNotes)).not.toContain('"note"'));
});

describe('a report in another language', () => {
  // As a German page reads them: LinkedIn's AI-training title confirmed in German, its menu path and
  // the ads entry's labels still the English ones.
  const base = reportFixture();
  const platforms = base.platforms.map((p) => ({
    ...p,
    settings: p.settings.map((s) =>
      s.id === 'linkedin.ai'
        ? { ...s, title: 'Daten zur Verbesserung generativer KI', localized: { text: true, title: true, menuPath: false } }
        : { ...s, localized: { text: false, title: false, menuPath: false } }),
  }));
  const german = buildReport(reportFixture({ platforms }));

  it('marks every label left in English, in every format, and never the confirmed one', () => {
    const mark = reportWords.englishLabel;
    const md = renderMarkdown(german, reportWords);
    expect(md).toContain(`Daten zur Verbesserung generativer KI | `);
    expect(md).not.toContain(`Daten zur Verbesserung generativer KI ${mark}`);
    expect(md).toContain(`**LinkedIn: Data from others for ads ${mark}** — Me › Settings & Privacy › Advertising data ${mark}`);
    expect(md).toContain(`· Grok & Third-party Collaborators ${mark} →`);

    const html = renderHtml(german, reportWords);
    expect(html).toContain(`<td>Daten zur Verbesserung generativer KI</td>`);
    expect(html).toContain(`<span lang="en">Data from others for ads</span> ${escapeHtml(mark)}`);
    expect(html).toContain(`— <span lang="en">Me › Settings &amp; Privacy › Advertising data</span> ${escapeHtml(mark)}`);

    const csv = renderCsv(german, reportWords);
    expect(csv).toContain(`LinkedIn,Daten zur Verbesserung generativer KI,`);
    expect(csv).toContain(`X (Twitter),Personalized ads ${mark},`);

    // JSON carries titles as they are, and says which are the English menu name.
    const json = JSON.parse(renderJson(german)) as { platforms: { settings: { title: string; titleInEnglish?: true }[] }[] };
    const titles = json.platforms.flatMap((p) => p.settings);
    expect(titles.find((s) => s.title === 'Daten zur Verbesserung generativer KI')?.titleInEnglish).toBeUndefined();
    expect(titles.find((s) => s.title === 'Personalized ads')?.titleInEnglish).toBe(true);
  });

  it('in English marks nothing', () => {
    for (const text of [renderMarkdown(report, reportWords), renderHtml(report, reportWords), renderCsv(report, reportWords)]) {
      expect(text).not.toContain(reportWords.englishLabel);
    }
    expect(renderJson(report)).not.toContain('titleInEnglish');
  });
});
