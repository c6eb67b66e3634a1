/**
 * `npm run catalogue:check`: validates every platform file and prints, per platform and overall, the
 * settings, their facts by grade, the share official or documented, and what is due for re-check;
 * then checks the overlays in data/i18n/ and prints their coverage per language.
 * `-- --write-lock` adds new setting ids to data/ids.lock (ids are only ever added).
 */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDueForRecheck } from '../src/audit/freshness';
import { formatProblem } from '../src/catalogue/check';
import { formatSummary, summariseCatalogue } from '../src/catalogue/summary';
import { overlayCoverage } from '../src/catalogue/overlays';
import { readCatalogue, readOverlays } from './read-catalogue';

const { platforms, problems: platformProblems, dir } = readCatalogue();
const { overlays, problems: overlayProblems } = readOverlays(platforms, dir);
const problems = [...platformProblems, ...overlayProblems];
const lockPath = join(dir, 'ids.lock');
const now = new Date();

if (process.argv.includes('--write-lock')) {
  const existing = existsSync(lockPath) ? readFileSync(lockPath, 'utf8').trimEnd().split('\n') : ['# Every setting id ever shipped. Only add; never remove or reuse (retire entries instead).'];
  const known = new Set(existing);
  const added = platforms.flatMap((p) => p.settings.map((s) => s.id)).filter((id) => !known.has(id));
  writeFileSync(lockPath, [...existing, ...added].join('\n') + '\n');
  console.log(`ids.lock: ${added.length} id(s) added`);
}

const lockProblems = process.argv.includes('--write-lock') ? problems.filter((p) => !p.unlisted) : problems;
console.log(formatSummary(summariseCatalogue(platforms, now)));
const untitled = platforms.flatMap((p) => p.settings.flatMap((s) => s.sources)).filter((s) => !s.title).length;
if (untitled) console.log(`${untitled} source(s) still lack the page's own title (read the page and add it).`);
const due = platforms.flatMap((p) => p.settings.filter((s) => !s.retired && isDueForRecheck(s, now)));
if (due.length) {
  console.log(`\nDue for re-check (shown to people as "may be out of date"):`);
  for (const s of due) console.log(`  checked ${s.checked}${s.volatile ? ' (volatile)' : ''}  ${s.id}`);
}
const coverage = overlayCoverage(overlays, platforms);
console.log(`\nOverlays (data/i18n/): platforms described, AI-training settings translated (of ${coverage.total.aiTraining}), labels in the platform's own words`);
for (const c of coverage.locales) {
  console.log(`  ${c.locale}  ${c.platforms}/${coverage.total.platforms} platforms · ${c.aiTraining}/${coverage.total.aiTraining} AI-training settings (${c.settings} settings in all) · ${c.localTitles} localized titles, ${c.localMenuPaths} localized menu paths`);
}
if (lockProblems.length) {
  console.error(`\n${lockProblems.length} problem(s):`);
  for (const p of lockProblems) console.error('  ' + formatProblem(p));
  process.exit(1);
}
console.log('catalogue OK');
