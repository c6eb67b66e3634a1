import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/catalogue';
import { CHECKLIST_TYPE } from '../schema/checklist';
import { describeChecklistProblem } from '../components/describe-checklist';
import {
  CHECKLIST_LINK_MAX_CHARS, checklistFileText, decodeChecklistLink, encodeChecklistLink, makeChecklist, parseChecklistText,
} from './checklist-link';

const catalogueIndex = await loadCatalogue();

const base64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const known = new Set(catalogueIndex.platforms.flatMap((p) => p.settings.map((s) => s.id)));
const isKnown = (id: string) => known.has(id);
const allIds = [...known];

const checklist = makeChecklist({
  title: '  Newsroom basics  ',
  intro: 'Do these before Friday. <script>alert(1)</script> — ünïcode ✓',
  days: 90,
  settings: ['linkedin.data-for-generative-ai-improvement', 'x.grok-ai-training', 'linkedin.data-for-generative-ai-improvement'],
});

describe('checklist links and files', () => {
  it('keeps the organiser’s order, once each, with the title trimmed', () => {
    expect(checklist.title).toBe('Newsroom basics');
    expect(checklist.settings).toEqual(['linkedin.data-for-generative-ai-improvement', 'x.grok-ai-training']);
  });

  it('a link and a file both read back exactly what was made', () => {
    const fragment = encodeChecklistLink(checklist);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeChecklistLink(`#${fragment}`, isKnown)).toEqual({ ok: true, checklist });
    expect(parseChecklistText(checklistFileText(checklist), isKnown)).toEqual({ ok: true, checklist });
  });

  it('the largest checklist (60 settings, a full introduction) fits in a link', () => {
    const big = makeChecklist({ title: 'x'.repeat(80), intro: 'é'.repeat(600), days: 730, settings: allIds.slice(0, 60) });
    expect(encodeChecklistLink(big).length).toBeLessThan(CHECKLIST_LINK_MAX_CHARS);
  });

  it('refuses an unknown setting, a repeated one, a newer format and a file that is not a checklist, each with its message', () => {
    const problems = [
      parseChecklistText(JSON.stringify({ ...checklist, settings: ['nowhere.no-such-setting'] }), isKnown),
      parseChecklistText(JSON.stringify({ ...checklist, settings: [allIds[0], allIds[0]] }), isKnown),
      parseChecklistText(JSON.stringify({ ...checklist, format: 2 }), isKnown),
      parseChecklistText(JSON.stringify({ type: 'privacy-checkup-backup', format: 1 }), isKnown),
    ].map((parsed) => (parsed.ok ? 'accepted' : describeChecklistProblem(parsed.problem)));
    expect(problems).toEqual([
      'This checklist names 1 setting this app does not know. Reload to update, or ask the organiser for a new link. Nothing was changed.',
      'This checklist lists a setting twice, so it was not made here. Nothing was changed.',
      'This checklist was made by a newer version of Privacy Checkup. Reload to update, then try again. Nothing was changed.',
      'This is not a Privacy Checkup checklist, or the link was cut short. Nothing was changed.',
    ]);
  });
});

describe('fuzzing checklist links (fast-check)', () => {
  const fragment = encodeChecklistLink(checklist);
  const json = JSON.stringify(checklist);
  /** Any text, encoded as a link would be: the decoder gets past the encoding to the JSON. */
  const encodeText = (text: string) => base64Url(new TextEncoder().encode(text));

  const hostile = fc.oneof(
    // Cut short anywhere, or one character changed anywhere.
    fc.integer({ min: 0, max: fragment.length - 1 }).map((n) => fragment.slice(0, n)),
    fc.tuple(fc.integer({ min: 0, max: fragment.length - 1 }), fc.constantFrom(...'!%$*.~ #/+=é\u0000')).map(([i, c]) => fragment.slice(0, i) + c + fragment.slice(i + 1)),
    // Random text, random base64url, huge fragments.
    fc.string({ maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 400 }),
    fc.integer({ min: CHECKLIST_LINK_MAX_CHARS + 1, max: CHECKLIST_LINK_MAX_CHARS * 4 }).map((n) => 'A'.repeat(n)),
    // Well-encoded JSON that is not a valid checklist: wrong types, prototype keys, too many settings, unknown ids.
    fc.constantFrom(
      { ...checklist, title: '' }, { ...checklist, title: 'x'.repeat(81) }, { ...checklist, intro: 'x'.repeat(601) },
      { ...checklist, settings: [] }, { ...checklist, settings: allIds.slice(0, 61) }, { ...checklist, settings: ['../../etc'] },
      { ...checklist, days: 0 }, { ...checklist, days: 1.5 }, { ...checklist, days: '90' }, { ...checklist, extra: true },
      { ...checklist, type: 'privacy-checkup-backup' }, { ...checklist, format: '1' }, [checklist], null, 42,
    ).map((value) => encodeText(JSON.stringify(value))),
    fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => encodeText(json.replace('{', `{"${key}":{"polluted":true},`))),
    fc.json().filter((text) => !text.includes(CHECKLIST_TYPE)).map(encodeText),
    // Not UTF-8 at all.
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => base64Url(Uint8Array.of(0xff, ...bytes))),
  );

  it('refuses 1,000 broken and hostile links, each with a message, changing nothing', () => {
    const before = JSON.stringify(checklist);
    fc.assert(
      fc.property(hostile, (link) => {
        const parsed = decodeChecklistLink(link, isKnown);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(describeChecklistProblem(parsed.problem)).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: 1000 },
    );
    expect(JSON.stringify(checklist)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

