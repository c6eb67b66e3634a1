/**
 * `npm run test:reliability`: the fault-injection suite. Each scenario runs repeatedly in Debian's
 * Chromium (or Vitest, where marked) and counts what it lost. Prints one line per scenario —
 * runs, failures, items lost — and `# pass N` / `# fail N` for CI. Expects a build in dist/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, startHarness, type Harness } from './harness';
import { card as cardTitled, isPressed as pressed } from './cards';

const quick = process.argv.includes('--quick');
const REPEAT = quick ? 5 : 30;
const AI = 'linkedin.data-for-generative-ai-improvement';
const AI_TITLE = 'Data for Generative AI Improvement';
const OTHER = 'linkedin.two-step-verification';

interface Outcome {
  runs: number;
  failures: number;
  lost: number;
  notes: string[];
}

type Scenario = { name: string; run: (h: Harness) => Promise<Outcome> };

const outcome = (): Outcome => ({ runs: 0, failures: 0, lost: 0, notes: [] });

/** Runs `body` `times` times; a thrown error is a failure, the returned number is items lost. */
async function repeat(times: number, body: (i: number) => Promise<number>): Promise<Outcome> {
  const o = outcome();
  for (let i = 0; i < times; i++) {
    o.runs++;
    try {
      const lost = await body(i);
      o.lost += lost;
      if (lost) o.failures++;
    } catch (error) {
      o.failures++;
      o.notes.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    }
  }
  return o;
}

const card = (page: Page, title = AI_TITLE) => cardTitled(page, title);

async function open(context: BrowserContext, path = '/platforms/linkedin'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  if (path.startsWith('/platforms/')) await card(page).getByRole('button', { name: 'Done', exact: true, disabled: false }).waitFor();
  return page;
}

/** Reads records straight from IndexedDB through a connection of its own. */
async function rawRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('privacy-checkup');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('records', 'readonly').objectStore('records');
          const out: Record<string, unknown> = {};
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              db.close();
              resolve(out);
              return;
            }
            out[String(c.key)] = c.value;
            c.continue();
          };
        };
      }),
  );
}

async function writeRaw(page: Page, entries: [string, unknown][]): Promise<void> {
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('privacy-checkup');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('records', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('records').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

/** The status (or note text) a raw record holds for a setting, or undefined. */
const storedStatus = (records: Record<string, unknown>, id: string | null) => (records[`default/check/${id}`] as { status?: string } | undefined)?.status;
const storedNote = (records: Record<string, unknown>, id: string | null) => (records[`default/note/${id}`] as { text?: string } | undefined)?.text;

const secondTitle = async (page: Page) => (await page.getByRole('article').nth(1).getByRole('heading', { level: 2 }).textContent()) ?? '';

const scenarios: Scenario[] = [
  {
    name: 'two tabs, changes without reloads',
    run: (h) =>
      repeat(quick ? 2 : 5, async (i) => {
        const context = await h.newContext();
        const [a, b] = [await open(context), await open(context)];
        const other = await secondTitle(a);
        const note = `tab B note ${i}`;
        await Promise.all([
          card(a).getByRole('button', { name: 'Done', exact: true }).click(),
          (async () => {
            await card(b, other).getByRole('button', { name: 'Not applicable', exact: true }).click();
            await card(b, other).getByRole('textbox', { name: 'Note (optional)' }).fill(note);
          })(),
        ]);
        await card(b).getByRole('button', { name: 'Done', exact: true, pressed: true }).waitFor({ timeout: 5000 });
        await card(a, other).getByRole('button', { name: 'Not applicable', pressed: true }).waitFor({ timeout: 5000 });
        await a.waitForFunction((n) => [...document.querySelectorAll('textarea')].some((t) => t.value === n), note, { timeout: 5000 });
        await Promise.all([a.reload(), b.reload()]);
        let lost = 0;
        for (const page of [a, b]) {
          // The prerendered page shows its buttons at once; they say what is stored once enabled.
          await card(page).getByRole('button', { name: 'Done', exact: true, disabled: false }).waitFor();
          if (!(await pressed(page, AI_TITLE, 'Done'))) lost++;
          if (!(await pressed(page, other, 'Not applicable'))) lost++;
          if ((await card(page, other).getByRole('textbox', { name: 'Note (optional)' }).and(page.locator(':enabled')).inputValue()) !== note) lost++;
        }
        await context.close();
        return lost;
      }),
  },
  {
    name: 'tab closed as soon as a click resolves',
    run: (h) =>
      repeat(REPEAT, async () => {
        const context = await h.newContext();
        const page = await open(context);
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        await page.close();
        const again = await open(context);
        const lost = (await pressed(again, AI_TITLE, 'Done')) ? 0 : 1;
        await context.close();
        return lost;
      }),
  },
  {
    name: 'tab closed while a note is half typed',
    run: (h) =>
      repeat(REPEAT, async (i) => {
        const context = await h.newContext();
        const page = await open(context);
        const typed = `half typed note ${i}`;
        await card(page).getByRole('textbox', { name: 'Note (optional)' }).pressSequentially(typed);
        await page.close();
        const again = await open(context);
        const value = await card(again).getByRole('textbox', { name: 'Note (optional)' }).inputValue();
        await context.close();
        return value === typed ? 0 : 1;
      }),
  },
  {
    name: 'corrupt records: kept aside, never overwritten',
    run: (h) =>
      repeat(quick ? 1 : 3, async () => {
        const context = await h.newContext();
        const page = await open(context, '/');
        await page.getByRole('heading', { level: 1 }).waitFor();
        const bad: [string, unknown][] = [
          [`default/check/${AI}`, '{"status": "done", "at": '],
          ['default/check/x.grok-ai-training', { status: 7, at: 'yesterday' }],
        ];
        await writeRaw(page, [...bad, [`default/check/${OTHER}`, { status: 'done', at: '2026-11-20T08:00:00.000Z' }]]);
        await page.goto('/platforms/linkedin');
        await page.getByText('2 saved records could not be read').waitFor();
        await page.getByRole('button', { name: 'Download them' }).waitFor();
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        const records = await rawRecords(page);
        const aside = Object.entries(records).filter(([key]) => key.startsWith('quarantine/'));
        let lost = 0;
        for (const [key, value] of bad) {
          if (!aside.some(([k, v]) => k.endsWith(key) && JSON.stringify(v) === JSON.stringify(value))) lost++;
        }
        if (storedStatus(records, OTHER) !== 'done') lost++;
        await context.close();
        return lost;
      }),
  },
  {
    name: 'records from a newer version: no writes, asks to reload',
    run: (h) =>
      repeat(quick ? 1 : 3, async () => {
        const context = await h.newContext();
        const page = await open(context, '/');
        await page.getByRole('heading', { level: 1 }).waitFor();
        const future: [string, unknown][] = [
          ['meta', { schemaVersion: 99, lastVisit: '2030-01-01T00:00:00.000Z' }],
          [`default/check/${AI}`, { state: 'finished', when: 1893456000000, v: 99 }],
        ];
        await writeRaw(page, future);
        const before = await rawRecords(page);
        await page.goto('/platforms/linkedin');
        await page.getByRole('alert').filter({ hasText: 'A newer version of Privacy Checkup' }).waitFor();
        await page.getByRole('button', { name: 'Reload' }).waitFor();
        const disabled = await card(page).getByRole('button', { name: 'Done', exact: true }).isDisabled();
        await page.waitForTimeout(300);
        const after = await rawRecords(page);
        await context.close();
        const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).length;
        if (!disabled) throw new Error('controls stayed enabled in an outdated tab');
        return changed;
      }),
  },
  {
    name: 'disk full (quota): warns, keeps the change, retries',
    run: (h) =>
      repeat(quick ? 1 : 3, async () => {
        const context = await h.newContext();
        const page = await context.newPage();
        // Chromium applies a quota override to connections opened after it: set it before the app opens its database.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.baseURL, quotaSize: 1 });
        await page.goto('/platforms/linkedin');
        await page.getByRole('alert').filter({ hasText: 'out of storage space' }).waitFor({ timeout: 10_000 });
        const other = await secondTitle(page);
        const otherId = await card(page, other).getAttribute('id');
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        await card(page, other).getByRole('button', { name: 'Skip for now' }).click();
        await card(page, other).getByRole('textbox', { name: 'Note (optional)' }).fill('kept while the disk is full');
        await page.waitForTimeout(300);
        let lost = 0;
        // The warning stays, and memory keeps every change.
        if (!(await page.getByRole('alert').filter({ hasText: 'out of storage space' }).isVisible())) throw new Error('the warning went away while nothing was saved');
        if (!(await pressed(page, AI_TITLE, 'Done'))) lost++;
        if (!(await pressed(page, other, 'Skip for now'))) lost++;
        await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.baseURL });
        await page.getByRole('button', { name: 'Retry saving' }).click();
        await page.getByRole('button', { name: 'Retry saving' }).waitFor({ state: 'detached', timeout: 10_000 });
        const records = await rawRecords(page);
        if (storedStatus(records, AI) !== 'done') lost++;
        if (storedStatus(records, otherId) !== 'skipped') lost++;
        if (storedNote(records, otherId) !== 'kept while the disk is full') lost++;
        await context.close();
        return lost;
      }),
  },
  {
    name: 'no IndexedDB: works in memory, says so, offers a copy',
    run: (h) =>
      repeat(quick ? 1 : 2, async () => {
        const context = await h.newContext();
        await context.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('IndexedDB is disabled', 'SecurityError'); } });
        });
        const page = await open(context, '/');
        await page.getByRole('alert').filter({ hasText: 'not letting the app save data' }).waitFor();
        await page.getByRole('button', { name: 'Just show me the AI-training switches' }).click();
        await page.getByRole('link', { name: 'Review this setting on LinkedIn' }).click();
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        const kept = await pressed(page, AI_TITLE, 'Done');
        await page.getByRole('link', { name: 'Save a copy of your progress' }).click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup', exact: true }).click()]);
        const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
        await context.close();
        return (kept ? 0 : 1) + (backup.records.checks[AI]?.status === 'done' ? 0 : 1);
      }),
  },
  {
    name: 'eviction: persistent storage asked after the first tick, shown in settings',
    run: (h) =>
      repeat(1, async () => {
        const context = await h.newContext();
        const page = await open(context);
        const askedBefore = await page.evaluate(() => navigator.storage.persisted());
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        await page.waitForTimeout(300);
        const granted = await page.evaluate(() => navigator.storage.persisted());
        await page.goto('/settings');
        const text = granted ? 'has agreed to keep your progress' : 'has not promised to keep your progress';
        await page.locator('.persisted').filter({ hasText: text }).waitFor();
        await context.close();
        if (askedBefore && !granted) throw new Error('persistence was withdrawn');
        return 0;
      }),
  },
  {
    name: 'hostile note shows as text in the page and the report',
    run: (h) =>
      repeat(quick ? 1 : 3, async () => {
        const context = await h.newContext();
        const page = await open(context);
        const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
        await card(page).getByRole('textbox', { name: 'Note (optional)' }).fill(hostile);
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        await page.goto('/report');
        await page.getByRole('cell', { name: hostile }).waitFor();
        const pwned = await page.evaluate(() => (window as { __pwned?: number }).__pwned);
        await context.close();
        if (pwned !== undefined) throw new Error('the note ran as code');
        return 0;
      }),
  },
  {
    name: 'two tabs on two profiles: nothing crosses over (after a reload)',
    run: (h) =>
      repeat(quick ? 2 : 5, async (i) => {
        const context = await h.newContext();
        const a = await open(context, '/profiles');
        await a.getByLabel('Name (for example “Mum”)').fill(`Mum ${i}`);
        await a.getByRole('button', { name: 'Add and open' }).click();
        await a.getByRole('banner').getByRole('link', { name: `Checklist: Mum ${i}` }).waitFor();
        const b = await open(context, '/profiles');
        await b.getByRole('button', { name: 'Open Me’s checklist' }).click();
        await b.getByRole('banner').getByRole('link', { name: 'Checklist: Me' }).waitFor();
        for (const page of [a, b]) {
          await page.goto('/platforms/linkedin');
          await card(page).getByRole('button', { name: 'Done', exact: true, disabled: false }).waitFor();
        }
        const other = await secondTitle(a);
        await Promise.all([
          card(a).getByRole('button', { name: 'Done', exact: true }).click(),
          card(b, other).getByRole('button', { name: 'Not applicable', exact: true }).click(),
        ]);
        await card(a).getByRole('button', { name: 'Done', exact: true, pressed: true }).waitFor();
        await card(b, other).getByRole('button', { name: 'Not applicable', pressed: true }).waitFor();
        await Promise.all([a.reload(), b.reload()]);
        for (const page of [a, b]) await card(page).getByRole('button', { name: 'Done', exact: true, disabled: false }).waitFor();
        const lost = (await pressed(a, AI_TITLE, 'Done') ? 0 : 1) + (await pressed(b, other, 'Not applicable') ? 0 : 1);
        const crossed = (await pressed(a, other, 'Not applicable')) || (await pressed(b, AI_TITLE, 'Done'));
        const records = await rawRecords(a);
        await context.close();
        if (crossed || storedStatus(records, AI) !== undefined) throw new Error('a tick crossed over to the other profile');
        return lost;
      }),
  },
  {
    name: 'protected backup: a wrong passphrase refused and nothing changed, the right one restores',
    run: (h) =>
      repeat(quick ? 1 : 3, async (i) => {
        const passphrase = `correct horse battery ${i}`;
        const context = await h.newContext();
        const page = await open(context);
        await card(page).getByRole('button', { name: 'Done', exact: true }).click();
        await card(page).getByRole('textbox', { name: 'Note (optional)' }).fill(`protected note ${i}`);
        await page.goto('/settings');
        await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
        await page.getByLabel('Type the passphrase again').fill(passphrase);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a protected backup' }).click()]);
        const sealed = readFileSync((await download.path())!, 'utf8');
        await context.close();

        const fresh = await h.newContext();
        const other = await open(fresh);
        // What this browser already holds must survive both attempts.
        await card(other, await secondTitle(other)).getByRole('button', { name: 'Skip for now' }).click();
        await card(other, await secondTitle(other)).getByRole('button', { name: 'Skip for now', pressed: true }).waitFor();
        const before = await rawRecords(other);
        const kept = Object.entries(before).filter(([key]) => key.includes('/check/'));
        await other.goto('/settings');
        await other.getByLabel('Choose a backup file').and(other.locator(':enabled')).setInputFiles({ name: 'backup.protected.json', mimeType: 'application/json', buffer: Buffer.from(sealed) });
        await other.getByLabel('Passphrase of this backup').fill(`${passphrase}!`);
        await other.getByRole('button', { name: 'Open the backup' }).click();
        await other.getByRole('alert').filter({ hasText: 'This passphrase does not open the file' }).waitFor();
        // `meta` holds the visit's time, rewritten by the page load itself: everything else must be as it was.
        const withoutMeta = ({ meta: _visit, ...records }: Record<string, unknown>) => JSON.stringify(records);
        const unchanged = withoutMeta(await rawRecords(other)) === withoutMeta(before);
        await other.getByLabel('Passphrase of this backup').fill(passphrase);
        await other.getByRole('button', { name: 'Open the backup' }).click();
        await other.getByRole('button', { name: 'Merge (keep the newest decision for each setting)' }).click();
        await other.getByRole('status').filter({ hasText: 'Backup merged' }).waitFor();
        const after = await rawRecords(other);
        await fresh.close();
        if (!unchanged) throw new Error('a wrong passphrase changed the records');
        return (storedStatus(after, AI) === 'done' ? 0 : 1) + (storedNote(after, AI) === `protected note ${i}` ? 0 : 1) +
          kept.filter(([key, value]) => JSON.stringify(after[key]) !== JSON.stringify(value)).length;
      }),
  },
];

/** Vitest files that belong to this suite too: backup fuzzing, catalogue schema, old record versions. */
function vitestScenario(name: string, files: string[]): Outcome {
  const o = outcome();
  const out = join(ROOT, '.ci-out', `reliability-${files.length}-${Date.now()}.json`);
  try {
    execFileSync('node', ['--import', './scripts/node20-polyfills.mjs', 'node_modules/vitest/vitest.mjs', 'run', ...files, '--reporter=json', `--outputFile=${out}`], {
      cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'test', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  } catch {
    // Failures are read from the report below.
  }
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    o.runs = report.numTotalTests;
    o.failures = report.numFailedTests;
  } catch {
    o.failures = 1;
    o.notes.push(`${name}: Vitest did not report`);
  }
  return o;
}

const harness = await startHarness();
const rows: [string, Outcome][] = [];
try {
  for (const scenario of scenarios) {
    const result = await scenario.run(harness);
    rows.push([scenario.name, result]);
    console.log(`… ${scenario.name}: ${result.runs} runs, ${result.failures} failures, ${result.lost} lost${result.notes.length ? ` (${result.notes[0]})` : ''}`);
  }
} finally {
  await harness.close();
}

rows.push(['old schema versions migrate (Vitest)', vitestScenario('migrations', ['src/store/migrations.test.ts'])]);
rows.push(['profiles: scoped records, journal and channel (Vitest)', vitestScenario('profiles', ['src/store/profiles.test.ts'])]);
rows.push(['protected backups, 1,000 altered in a byte (Vitest)', vitestScenario('encryption', ['src/backup/encryption.test.ts'])]);
rows.push(['hostile backups, fuzzed (Vitest)', vitestScenario('backups', ['src/backup/backup.test.ts', 'src/components/BackupControls.test.tsx'])]);
rows.push(['malformed catalogue entries (Vitest)', vitestScenario('catalogue', ['scripts/catalogue.test.ts'])]);

const markers = ['tab B note', 'half typed note', 'onerror', 'protected note', 'Mum '];
const leaks = harness.requestUrls.filter((url) => !url.startsWith(harness.baseURL) || markers.some((m) => decodeURIComponent(url).includes(m)));
const leakOutcome: Outcome = { runs: harness.requestUrls.length, failures: leaks.length + harness.foreignRequests.length, lost: 0, notes: leaks.slice(0, 3) };
rows.push(['no leaks: other origins or user data in URLs (requests checked)', leakOutcome]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${'scenario'.padEnd(width)}  runs  failures  items lost`);
for (const [name, o] of rows) console.log(`${name.padEnd(width)}  ${String(o.runs).padStart(4)}  ${String(o.failures).padStart(8)}  ${String(o.lost).padStart(10)}`);
for (const [name, o] of rows) for (const note of o.notes) console.log(`  ${name}: ${note}`);
const failed = rows.filter(([, o]) => o.failures > 0 || o.lost > 0).length;
console.log(`\n# pass ${rows.length - failed}\n# fail ${failed}`);
process.exit(failed ? 1 : 0);
