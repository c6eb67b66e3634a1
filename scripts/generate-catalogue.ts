/**
 * Writes a large synthetic catalogue (default 500 platforms × 20 settings) for the benchmark:
 * the real LinkedIn file plus generated platforms, every entry valid against the schema.
 * Usage: tsx scripts/generate-catalogue.ts <out dir> [platforms] [settings per platform]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, PRIORITIES } from '../src/schema/constants.ts';
import { ROOT } from './read-catalogue.ts';

export function generateCatalogue(out: string, platforms = 500, perPlatform = 20): void {
  mkdirSync(join(out, 'platforms'), { recursive: true });
  const ids: string[] = [];
  const linkedin = JSON.parse(readFileSync(join(ROOT, 'data/platforms/linkedin.json'), 'utf8'));
  writeFileSync(join(out, 'platforms/linkedin.json'), JSON.stringify(linkedin));
  ids.push(...linkedin.settings.map((s: { id: string }) => s.id));
  const words = ['privacy', 'ads', 'training', 'history', 'location', 'contacts', 'camera', 'sharing', 'search', 'profile', 'messages', 'partners'];
  for (let p = 1; p < platforms; p++) {
    const id = `platform-${String(p).padStart(3, '0')}`;
    const settings = Array.from({ length: perPlatform }, (_, s) => {
      const word = words[(p + s) % words.length]!;
      const settingId = `${id}.setting-${s}`;
      ids.push(settingId);
      return {
        id: settingId,
        kind: 'toggle',
        title: `${word[0]!.toUpperCase()}${word.slice(1)} control ${s} of platform ${p}`,
        category: CATEGORIES[(p + s) % CATEGORIES.length],
        priority: PRIORITIES[s % PRIORITIES.length],
        effortMinutes: 1 + (s % 10),
        recommended: 'Off',
        default: 'On',
        why: `This ${word} setting decides how platform ${p} uses what you share with it; turning it off keeps more of your data to yourself.`,
        steps: { web: ['Open Settings', `Open ${word}`, `Turn off control ${s}`], android: ['Tap your photo', 'Tap Settings', `Turn off control ${s}`] },
        menuPath: ['Settings', word, `Control ${s}`],
        url: `https://platform-${p}.example.com/settings/${word}`,
        caveats: 'Generated for the benchmark.',
        sources: [{ url: `https://platform-${p}.example.com/help/${s}`, title: `Control ${s}`, publisher: `Platform ${p} Help`, kind: 'official', date: '2026-10-01' }],
        evidence: Object.fromEntries(['title', 'menuPath', 'url', 'steps.web', 'steps.android', 'recommended', 'default', 'caveats'].map((f) => [f, 'official'])),
        checked: '2026-11-01',
        added: '2026-11-01',
        updated: '2026-11-01',
      };
    });
    const platform = {
      id, name: `Platform ${p}`, description: `Synthetic platform ${p} for the benchmark.`,
      settingsUrl: `https://platform-${p}.example.com/settings`, reauditDays: 90, added: '2026-11-01', evidence: { settingsUrl: 'official' }, settings,
    };
    writeFileSync(join(out, `platforms/${id}.json`), JSON.stringify(platform));
  }
  writeFileSync(join(out, 'ids.lock'), ids.join('\n') + '\n');
}

if (process.argv[1]?.endsWith('generate-catalogue.ts')) {
  const [out, platforms, perPlatform] = process.argv.slice(2);
  if (!out) throw new Error('usage: tsx scripts/generate-catalogue.ts <out dir> [platforms] [settings per platform]');
  generateCatalogue(out, Number(platforms ?? 500), Number(perPlatform ?? 20));
  console.log(`catalogue written to ${out}`);
}
