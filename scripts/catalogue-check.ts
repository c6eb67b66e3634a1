/**
 * `npm run catalogue:check`: validates every platform file and prints a summary.
 * `-- --write-lock` adds new setting ids to data/ids.lock (ids are only ever added).
 */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isStale, STALE_AFTER_DAYS } from '../src/audit/freshness';
import { fieldCounts, formatProblem } from '../src/catalogue/check';
import { readCatalogue } from './read-catalogue';

const { platforms, problems, dir } = readCatalogue();
const lockPath = join(dir, 'ids.lock');

if (process.argv.includes('--write-lock')) {
  const existing = existsSync(lockPath) ? readFileSync(lockPath, 'utf8').trimEnd().split('\n') : ['# Every setting id ever shipped. Only add; never remove or reuse (retire entries instead).'];
  const known = new Set(existing);
  const added = platforms.flatMap((p) => p.settings.map((s) => s.id)).filter((id) => !known.has(id));
  writeFileSync(lockPath, [...existing, ...added].join('\n') + '\n');
  console.log(`ids.lock: ${added.length} id(s) added`);
}

const lockProblems = process.argv.includes('--write-lock') ? problems.filter((p) => !p.unlisted) : problems;
const settings = platforms.reduce((n, p) => n + p.settings.length, 0);
const cell = (value: number, width = 4) => String(value).padStart(width);
console.log(`${'platform'.padEnd(30)} settings verified unverified  (fields)`);
for (const p of platforms) {
  const { verified, unverified } = fieldCounts(p.settings);
  console.log(`${p.name.padEnd(30)} ${cell(p.settings.length, 8)} ${cell(verified, 8)} ${cell(unverified, 10)}`);
}
const total = fieldCounts(platforms.flatMap((p) => p.settings));
const stale = platforms.flatMap((p) => p.settings.filter((s) => !s.retired && isStale(s.verified, new Date())));
console.log(`\n${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} verified more than ${STALE_AFTER_DAYS} days ago (shown as "may be out of date"):`);
for (const s of stale) console.log(`  ${s.verified}  ${s.id}`);
console.log(`\n${platforms.length} platforms, ${settings} settings; fields: ${total.verified} verified, ${total.unverified} unverified`);
if (lockProblems.length) {
  console.error(`\n${lockProblems.length} problem(s):`);
  for (const p of lockProblems) console.error('  ' + formatProblem(p));
  process.exit(1);
}
console.log('catalogue OK');
