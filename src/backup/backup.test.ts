// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, type BackupRecords } from '../schema/backup';
import { createBackup, parseBackup, planImport } from './backup';
import { mergeRecords } from './merge';
import { describeBackupProblem } from '../i18n/backup-messages';

const records: BackupRecords = {
  checks: {
    'linkedin.data-for-generative-ai-improvement': { status: 'done', at: '2026-11-23T09:15:00.000Z' },
    'x.grok-ai-training': { status: 'skipped', at: '2026-11-22T18:00:00.000Z' },
  },
  notes: { 'linkedin.data-for-generative-ai-improvement': { text: 'Off on desktop <b>and</b> phone', at: '2026-11-23T09:16:00.000Z' } },
  history: [
    { settingId: 'x.grok-ai-training', status: 'skipped', at: '2026-11-22T18:00:00.000Z' },
    { settingId: 'linkedin.data-for-generative-ai-improvement', status: 'done', at: '2026-11-23T09:15:00.000Z' },
  ],
  prefs: { platforms: ['linkedin', 'x'], region: 'DE', reminders: { defaultDays: 60, overrides: { x: 30 } } },
};
const backup = createBackup(records, '2026-11-23+abc1234', new Date('2026-11-23T10:00:00.000Z'));
const text = JSON.stringify(backup, null, 2);

describe('backup round trip', () => {
  it('export → import gives back exactly the records', () => {
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, backup });
  });
});

describe('refusing bad files, with a message', () => {
  const refused = (input: string, bytes?: number) => {
    const parsed = parseBackup(input, bytes);
    if (parsed.ok) throw new Error('accepted');
    return describeBackupProblem(parsed.problem);
  };

  it('truncated', () => expect(refused(text.slice(0, text.length / 2))).toMatch(/damaged or cut short/));
  it('not a backup', () => expect(refused('{"hello": 1}')).toMatch(/not a Privacy Checkup backup/));
  it('from a newer version', () => expect(refused(JSON.stringify({ ...backup, format: 2 }))).toMatch(/newer version .*format 2/));
  it('too large, before reading', () => expect(refused('{}', BACKUP_MAX_BYTES + 1)).toMatch(/too large/));
  it('wrong types, naming the field', () => {
    const bad = structuredClone(backup) as unknown as { records: { checks: Record<string, unknown> } };
    bad.records.checks['x.grok-ai-training'] = { status: 'maybe', at: 7 };
    expect(refused(JSON.stringify(bad))).toMatch(/records\.checks\.x\.grok-ai-training/);
  });
  it('hostile __proto__ keys', () => {
    const hostile = text.replace('"checks": {', '"checks": { "__proto__": { "polluted": true },');
    expect(refused(hostile)).toMatch(/unexpected entries/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused(text.replace('"type":', '"__proto__": {"x":1}, "type":'))).toMatch(/unexpected entries/);
  });
});

describe('planning and merging', () => {
  const mine: BackupRecords = {
    checks: { 'linkedin.data-for-generative-ai-improvement': { status: 'skipped', at: '2026-11-20T09:00:00.000Z' }, 'reddit.ai': { status: 'done', at: '2026-11-24T09:00:00.000Z' } },
    notes: {},
    history: [{ settingId: 'x.grok-ai-training', status: 'skipped', at: '2026-11-22T18:00:00.000Z' }],
    prefs: { platforms: ['reddit'] },
  };

  it('says what an import would change', () => {
    expect(planImport(mine, records)).toEqual({ settings: 2, platforms: 2, newer: 2, older: 0, notes: 1, historyLines: 1 });
  });

  it('keeps the newest decision per setting and unites histories without duplicates', () => {
    const merged = mergeRecords(mine, records);
    expect(merged.checks['linkedin.data-for-generative-ai-improvement']?.status).toBe('done');
    expect(merged.checks['reddit.ai']?.status).toBe('done');
    expect(merged.history).toHaveLength(2);
    expect(merged.prefs.platforms).toEqual(['reddit', 'linkedin', 'x']);
    const older = mergeRecords(records, { ...mine, checks: { 'linkedin.data-for-generative-ai-improvement': { status: 'skipped', at: '2020-01-01T00:00:00.000Z' } } });
    expect(older.checks['linkedin.data-for-generative-ai-improvement']?.status).toBe('done');
  });

  it('keeps every preference: this device’s choice first, the backup’s where this device has none', () => {
    const here: BackupRecords = { ...mine, prefs: { platforms: ['reddit'], theme: 'dark' } };
    const backup: BackupRecords = { ...records, prefs: { platforms: ['x'], region: 'DE', theme: 'light', reminders: { defaultDays: 30 } } };
    expect(mergeRecords(here, backup).prefs).toEqual({ platforms: ['reddit', 'x'], region: 'DE', theme: 'dark', reminders: { defaultDays: 30 } });
    expect(mergeRecords({ ...mine, prefs: {} }, backup).prefs.theme).toBe('light');
  });
});

describe('fuzzing backups (fast-check)', () => {
  type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
  const clone = (): { [key: string]: Json } => JSON.parse(text);

  /** Paths to every value in the backup, to aim mutations at. */
  const paths = (value: Json, prefix: (string | number)[] = []): (string | number)[][] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [[...prefix, Array.isArray(value) ? Number(k) : k], ...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k])])
      : [];
  const allPaths = paths(clone());

  const setAt = (root: { [key: string]: Json }, path: (string | number)[], value: Json) => {
    let node: Json = root;
    for (const key of path.slice(0, -1)) node = (node as { [key: string]: Json })[key as string] as Json;
    (node as { [key: string]: Json })[path.at(-1) as string] = value;
    return root;
  };

  const typeSwap = fc.tuple(fc.constantFrom(...allPaths), fc.constantFrom<Json>(42, -1, true, null, [], {}, 'x', 1e308)).filter(([path, value]) => {
    const original = path.reduce<Json>((n, k) => (n as { [key: string]: Json })[k as string] as Json, clone());
    // Some swaps are still valid (an empty notes object; a history line's status cleared to null); only count real type changes.
    if (value === null && path[1] === 'history' && path.at(-1) === 'status') return false;
    return typeof original !== typeof value || Array.isArray(original) !== Array.isArray(value) || (original === null) !== (value === null);
  });

  const broken = fc.oneof(
    fc.integer({ min: 1, max: text.length - 1 }).map((n) => text.slice(0, n)),
    typeSwap.map(([path, value]) => JSON.stringify(setAt(clone(), path, value))),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString').map((key) => text.replace('"records": {', `"records": { "${key}": {},`)),
    fc.constantFrom('__proto__', 'constructor').map((key) => text.replace('"checks": {', `"checks": { "${key}": { "status": "done", "at": "2026-11-23T09:15:00.000Z" },`)),
    fc.integer({ min: 100_001, max: 200_000 }).map((n) => JSON.stringify(setAt(clone(), ['records', 'notes', 'linkedin.data-for-generative-ai-improvement', 'text'], 'a'.repeat(n)))),
    fc.integer({ min: 2, max: 1000 }).map((format) => JSON.stringify({ ...clone(), format })),
    fc.string().map((s) => `${s}{`),
  );

  it('refuses every broken mutant with a message (1,500 cases)', () => {
    fc.assert(
      fc.property(broken, (mutant) => {
        const parsed = parseBackup(mutant);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(describeBackupProblem(parsed.problem)).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts valid mutants: reordered keys and other whitespace (500 cases)', () => {
    const reorder = (value: Json, seed: number): Json => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return Array.isArray(value) ? value.map((v) => reorder(v, seed)) : value;
      const entries = Object.entries(value);
      const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!);
      return Object.fromEntries(rotated.map(([k, v]) => [k, reorder(v, seed + 1)]));
    };
    fc.assert(
      fc.property(fc.nat(20), fc.constantFrom(0, 1, 2, '\t', ' \n '), (seed, space) => {
        const mutant = JSON.stringify(reorder(clone(), seed), null, space as number | string);
        expect(parseBackup(mutant)).toEqual({ ok: true, backup });
      }),
      { numRuns: 500 },
    );
  });
});
