/**
 * The journeys every engine runs, written once against the driver interface (driver.ts). Each
 * engine's test file calls `defineJourneys(engine)`; a scenario an engine cannot run is skipped
 * with the reason, from its capabilities. Every test ends by failing on any console error,
 * uncaught error, CSP violation or request to another origin the engine saw.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Engine, Query, SavedFile, Session, Site, Tab } from './driver';
import { keepSavedFilesInPage, readRecords, takeSavedFiles, writeRecords } from './page-scripts';
import { until } from './poll';

const AI = 'linkedin.data-for-generative-ai-improvement';
const AI_TITLE = 'Data for Generative AI Improvement';
const OTHER = 'linkedin.two-step-verification';

const card = (name = AI_TITLE): Query => ({ role: 'article', name });
const status = (name: string, pressed?: boolean, title = AI_TITLE): Query => ({ role: 'button', name, within: card(title), ...(pressed !== undefined && { pressed }) });
const note = (title = AI_TITLE): Query => ({ role: 'textbox', name: 'Note (optional)', within: card(title) });

/** Opens LinkedIn's page and waits until its controls are usable (stored progress loaded). */
async function openLinkedIn(session: Session): Promise<Tab> {
  const tab = await session.newTab();
  await tab.goto('/platforms/linkedin');
  await tab.waitFor(status('Done'), { enabled: true });
  return tab;
}

/**
 * Opens the dashboard and waits until a person could use it (its platform picker enabled): a page
 * left while it is still loading drops its requests, which WebKit reports as a failed load.
 */
async function openDashboard(tab: Tab): Promise<void> {
  await tab.goto('/');
  await tab.waitFor({ role: 'checkbox' }, { enabled: true });
}

/** The title of the second setting on LinkedIn's page, whatever the catalogue calls it. */
const secondTitle = (tab: Tab) => tab.text({ role: 'heading', level: 2, within: { role: 'article', nth: 1 } });

/** Clicks and returns the file the app saved: caught by the driver, or kept in the page where it cannot. */
async function save(tab: Tab, button: Query): Promise<SavedFile> {
  if (tab.download) return tab.download(button);
  await tab.evaluate(keepSavedFilesInPage);
  await tab.click(button);
  const files = await until('the app to save a file', async () => {
    const saved = await tab.evaluate<SavedFile[]>(takeSavedFiles);
    return saved.length ? saved : undefined;
  });
  assert.equal(files.length, 1, 'one click saves one file');
  return files[0]!;
}

export function defineJourneys(engine: Engine): void {
  let site: Site;
  const sessions: Session[] = [];
  const session = async (options?: { serviceWorkers?: boolean }, on = site) => {
    const s = await engine.newSession(on, options);
    sessions.push(s);
    return s;
  };

  before(async () => { site = await engine.serve(); });
  after(async () => {
    await engine.stop();
    await site.stop();
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
    const problems = engine.takeProblems();
    assert.deepEqual(problems, [], `${engine.name} saw problems:\n  ${problems.join('\n  ')}`);
  });

  describe(`journeys in ${engine.name}`, () => {
    it('pick LinkedIn and tick the flagship with a note; after a reload both are kept', async () => {
      const tab = await (await session()).newTab();
      await tab.goto('/');
      await tab.waitFor({ role: 'heading', level: 2, name: 'Which platforms do you use?' });
      await tab.checkAccessibility();
      await tab.type({ role: 'searchbox', name: 'Search platforms' }, 'Linked');
      // The search leaves one platform, so its checkbox is the only one.
      await tab.waitFor({ role: 'checkbox' }, { enabled: true });
      await tab.click({ role: 'checkbox' });
      await tab.click({ role: 'button', name: 'Save my platforms' });
      await tab.waitFor({ role: 'region', name: 'Your platforms' });
      await tab.click({ role: 'link', name: 'Review this setting on LinkedIn' });
      await tab.click(status('Done'));
      await tab.type(note(), 'Switched off on 23 Nov');
      await tab.waitFor({ role: 'status', text: 'marked done' });
      await tab.checkAccessibility();

      await tab.reload();
      await tab.waitFor(status('Done', true), { enabled: true });
      assert.equal(await tab.value(note()), 'Switched off on 23 Nov');
      assert.equal(await tab.attribute({ role: 'progressbar', name: 'LinkedIn progress' }, 'value'), '1');
    });

    it('a deep link opens the platform; an unknown platform shows not-found', async () => {
      const tab = await (await session()).newTab();
      await tab.goto('/platforms/linkedin');
      await tab.waitFor({ role: 'heading', level: 1, name: 'LinkedIn' });
      await tab.waitFor(status('Done'), { enabled: true });
      await tab.checkAccessibility();
      // Every card, even far below the fold, is in the accessibility tree under its title (Firefox
      // left out cards skipped by `content-visibility: auto`, see src/components/setting-card.css).
      const titles = await tab.evaluate<string[]>(`[...document.querySelectorAll('article h2')].map((h) => h.textContent)`);
      assert.ok(titles.length > 5, `LinkedIn shows its settings (${titles.length})`);
      await tab.waitFor({ role: 'button', name: 'Not applicable', within: card(titles.at(-1)) }, { timeout: 2000 });
      await tab.goto('/platforms/no-such-platform');
      await tab.waitFor({ role: 'heading', level: 1, name: 'Page not found' });
    });

    it('two tabs tick different settings; each sees the other’s, and both are kept', async () => {
      const s = await session();
      const a = await openLinkedIn(s);
      const b = await openLinkedIn(s);
      const other = await secondTitle(a);
      await a.click(status('Done'));
      await b.click(status('Not applicable', undefined, other));
      await b.waitFor(status('Done', true));
      await a.waitFor(status('Not applicable', true, other));
      await a.reload();
      await a.waitFor(status('Done', true), { enabled: true });
      await a.waitFor(status('Not applicable', true, other));
      assert.equal(await a.attribute({ role: 'progressbar', name: 'LinkedIn progress' }, 'value'), '2');
    });

    it('works offline after the first visit, with the server stopped', async () => {
      const own = await engine.serve();
      try {
        const tab = await (await session({ serviceWorkers: true }, own)).newTab();
        await tab.goto('/');
        await tab.evaluate('navigator.serviceWorker.ready.then(() => true)');
        await tab.reload();
        await until('the service worker to control the page', async () => (await tab.evaluate<boolean>('navigator.serviceWorker.controller !== null')) || undefined);
        await tab.click({ role: 'button', name: 'Just show me the AI-training switches' });
        await tab.waitFor({ role: 'region', name: 'Your platforms' });

        await own.stop();
        await tab.goto('/platforms/linkedin');
        await tab.click(status('Done'));
        await tab.waitFor(status('Done', true));
        await tab.goto('/report');
        await tab.waitFor({ role: 'cell', name: AI_TITLE, within: { role: 'article', name: 'My privacy report' } });
      } finally {
        await own.stop();
      }
    });

    it('a backup exported, everything forgotten, then the backup restored', async () => {
      const tab = await openLinkedIn(await session());
      await tab.click(status('Done'));
      await tab.type(note(), 'kept in the backup');
      await tab.waitFor(status('Done', true));
      await tab.goto('/settings');
      const backup = await save(tab, { role: 'button', name: 'Download a backup' });
      assert.match(backup.name, /\.json$/);
      assert.equal(JSON.parse(backup.text).type, 'privacy-checkup-backup');

      await tab.click({ role: 'button', name: 'Forget everything…' });
      await tab.click({ role: 'button', name: 'Yes, forget everything' });
      await tab.waitFor({ role: 'status', text: 'This device holds nothing of yours now' });
      await tab.goto('/platforms/linkedin');
      await tab.waitFor(status('Done', false), { enabled: true });

      await tab.goto('/settings');
      await tab.chooseFile('Choose a backup file', backup);
      await tab.click({ role: 'button', name: 'Replace everything here with the file' });
      await tab.waitFor({ role: 'status', text: 'Backup restored' });
      await tab.goto('/platforms/linkedin');
      await tab.waitFor(status('Done', true), { enabled: true });
      assert.equal(await tab.value(note()), 'kept in the backup');
    });

    it(engine.capabilities.downloads ? 'the report downloads as Markdown and HTML' : 'the report is built in the page as Markdown and HTML', async () => {
      const tab = await openLinkedIn(await session());
      const hostile = '<img src=x onerror="window.__pwned=1">';
      await tab.click(status('Done'));
      await tab.type(note(), hostile);
      await tab.waitFor(status('Done', true));
      await tab.click({ role: 'link', name: 'Report' });
      await tab.waitFor({ role: 'heading', level: 1, name: 'Report' });
      await tab.checkAccessibility();

      const markdown = await save(tab, { role: 'button', name: 'Markdown (.md)' });
      assert.match(markdown.name, /\.md$/);
      assert.match(markdown.text, /^# My privacy report/);
      assert.match(markdown.text, /\| Data for Generative AI Improvement \| Done \|/);
      const html = await save(tab, { role: 'button', name: 'Web page (.html)' });
      assert.match(html.name, /\.html$/);
      assert.match(html.text, /Data for Generative AI Improvement/);
      assert.ok(!html.text.includes(hostile), 'the note is escaped in the HTML report');
      assert.doesNotMatch(html.text, /<script/i);
      assert.equal(await tab.evaluate('window.__pwned === undefined'), true);
    });

    it('a corrupt stored record is kept aside untouched and offered for download', async () => {
      const tab = await (await session()).newTab();
      await openDashboard(tab);
      const bad: [string, unknown][] = [[`default/check/${AI}`, '{"status": "done", "at": ']];
      await tab.evaluate(writeRecords([...bad, [`default/check/${OTHER}`, { status: 'done', at: '2026-11-20T08:00:00.000Z' }]]));
      await tab.goto('/platforms/linkedin');
      await tab.waitFor({ role: 'status', text: '1 saved record could not be read' });
      await tab.click(status('Done'));
      await tab.waitFor(status('Done', true));

      const records = await until('the new tick to be stored', async () => {
        const r = await tab.evaluate<Record<string, unknown>>(readRecords);
        return (r[`default/check/${AI}`] as { status?: string } | undefined)?.status === 'done' ? r : undefined;
      });
      const aside = Object.entries(records).filter(([key]) => key.startsWith('quarantine/') && key.endsWith(bad[0]![0]));
      assert.deepEqual(aside.map(([, value]) => value), [bad[0]![1]], 'the unreadable record is kept aside as it was');
      assert.equal((records[`default/check/${OTHER}`] as { status?: string } | undefined)?.status, 'done');
      const file = await save(tab, { role: 'button', name: 'Download them' });
      assert.ok(file.text.includes('\\"status\\": \\"done\\", \\"at\\": '), 'the download holds the record as it was');
    });

    it('the guards see a console error, a CSP violation and a request to another origin', async () => {
      const s = await session();
      const tab = await s.newTab();
      await openDashboard(tab);
      await tab.evaluate(`(console.error('planted by the guard test'), true)`);
      // Injected the way an attacker's markup would run it: the CSP must refuse it, and the watcher must see that.
      await tab.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true'; document.body.append(s); return true; })()`);
      assert.equal(await tab.evaluate('window.__inlineRan === undefined'), true, 'the inline script did not run');
      await tab.goto('http://example.invalid/').catch(() => undefined);
      const seen: string[] = [];
      const kinds = [/planted by the guard test/, /Content-Security-Policy violation: script-src/, /request to another origin: http:\/\/example\.invalid\//];
      // WebKit's reports arrive as beacons, a moment after the fact.
      await until('the guards to report all three', async () => {
        seen.push(...engine.takeProblems());
        return kinds.every((kind) => seen.some((problem) => kind.test(problem))) ? true : undefined;
      }).catch((error: Error) => { throw new Error(`${error.message}; seen: ${seen.join(' | ')}`); });
      // The browser may still be asking the other origin for more (MiniBrowser asks for its favicon):
      // close the profile, then let only the planted problems through.
      await s.close();
      const unexpected = engine.takeProblems().filter((problem) => !/planted by the guard test|example\.invalid|Content-Security-Policy|inline script/.test(problem));
      assert.deepEqual(unexpected, []);
    });

    const closeNote = engine.capabilities.closeTabAfterClick ? '' : ` (skipped: ${engine.name}'s driver cannot close a page at that moment)`;
    it(`a tab closed right after a click loses nothing${closeNote}`, { skip: !engine.capabilities.closeTabAfterClick }, async () => {
      const s = await session();
      for (let i = 0; i < 3; i++) {
        const tab = await openLinkedIn(s);
        const pressed = i % 2 === 0;
        await tab.click(status('Done'));
        await tab.close();
        const again = await openLinkedIn(s);
        assert.equal(await again.attribute(status('Done'), 'aria-pressed'), String(pressed), `round ${i + 1}: the click before the close was kept`);
        await again.close();
      }
    });
  });
}
