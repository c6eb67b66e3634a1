/**
 * `npm run bench`: the app against the framework floor (../shared/bench-floor), measured in one
 * interleaved run and reported as ratios, because absolute times on a shared machine drift ±15 %.
 * Prints a table and writes bench/results.json. `--quick` proves it works in seconds (CI runs that);
 * it is never a pass/fail timer.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, CHROMIUM_ARGS } from '../e2e/harness.ts';
import { generateCatalogue } from './generate-catalogue.ts';
import { ROOT } from './read-catalogue.ts';

const quick = process.argv.includes('--quick');
/** `--no-lighthouse` skips the Lighthouse runs (minutes) while iterating on load times. */
const lighthouseOn = !quick && !process.argv.includes('--no-lighthouse');
const RUNS = quick ? 2 : 9;
const BYTE_RUNS = quick ? 1 : 3;
const TICKS = quick ? 20 : 200;
const KEYSTROKES = quick ? 6 : 40;
const OUT = join(ROOT, 'bench');
const FLOOR_SOURCE = resolve(ROOT, process.env.BENCH_FLOOR ?? '../shared/bench-floor');
/** Quick mode (CI) may run where the floor is not checked out: it then measures the app alone. */
const HAS_FLOOR = existsSync(join(FLOOR_SOURCE, 'package.json'));
if (!HAS_FLOOR && !quick) throw new Error(`The framework floor is not at ${FLOOR_SOURCE} (set BENCH_FLOOR).`);
const AI_ID = 'linkedin.data-for-generative-ai-improvement';
const OTHER_LOCALES = ['de', 'fr', 'es'];

const env = { ...process.env, NPM_CONFIG_LOGLEVEL: 'error', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const run = (cmd: string, args: string[], cwd: string, extra: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd, env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] });

function buildAll() {
  mkdirSync(OUT, { recursive: true });
  console.log('building the app (real catalogue)…');
  run('npx', ['vite', 'build', '--outDir', join(OUT, 'real'), '--emptyOutDir'], ROOT);
  console.log('building the app (500 × 20 generated catalogue)…');
  const big = join(OUT, 'catalogue-500x20');
  rmSync(big, { recursive: true, force: true });
  generateCatalogue(big, 500, 20);
  run('npx', ['vite', 'build', '--outDir', join(OUT, 'big'), '--emptyOutDir'], ROOT, { CATALOGUE_DIR: big });
  if (!HAS_FLOOR) {
    console.log(`no framework floor at ${FLOOR_SOURCE}: measuring the app alone, ratios skipped`);
    return;
  }
  const floor = join(OUT, 'floor');
  if (!existsSync(join(floor, 'node_modules'))) {
    console.log('installing the framework floor…');
    rmSync(floor, { recursive: true, force: true });
    cpSync(FLOOR_SOURCE, floor, { recursive: true, filter: (src) => !src.includes('node_modules') && !src.endsWith('/dist') });
    run('npm', ['ci', '--no-audit', '--no-fund'], floor);
  }
  console.log('building the framework floor…');
  run('npx', ['vite', 'build'], floor);
}

async function serve(root: string, outDir?: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    configFile: outDir ? undefined : false,
    ...(outDir && { build: { outDir } }),
    preview: { port: 0, host: '127.0.0.1', open: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/**
 * Readiness probes, run in the page; each returns performance.now() (ms since navigation start)
 * once its item can be ticked. Functions, not strings: the app's CSP forbids eval.
 */
type Probe = (arg: string) => number | false;
const appEntryReady: Probe = (id) => {
  const button = document.getElementById(`setting-${id}`)?.closest('article')?.querySelector<HTMLButtonElement>('button.status-done');
  return button && !button.disabled ? performance.now() : false;
};
const appDashboardReady: Probe = (text) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text));
  return button && !button.disabled ? performance.now() : false;
};
const floorReady: Probe = (text) => {
  const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(text))?.querySelector('input');
  return box && !box.disabled ? performance.now() : false;
};
const PROBE_ARG = new Map<Probe, string>([[appEntryReady, AI_ID], [appDashboardReady, 'Just show me the AI-training'], [floorReady, 'Buy milk']]);

/**
 * When each probe's item is first on screen (in the DOM at an animation frame), whether or not it
 * can be ticked yet: a prerendered page shows its entry long before its script has run. Recorded
 * from the document's start by an init script, since a poll started after navigation would come late.
 */
interface Visible { selector: string; text?: string }
const VISIBLE = new Map<Probe, Visible>([
  [appEntryReady, { selector: `[id="setting-${AI_ID}"]` }],
  [appDashboardReady, { selector: '#featured-title' }],
  [floorReady, { selector: 'label', text: 'Buy milk' }],
]);
const recordVisible = ({ selector, text }: Visible) => {
  const w = globalThis as unknown as { __visibleAt?: number };
  const seen = () => [...document.querySelectorAll(selector)].some((e) => text === undefined || e.textContent?.includes(text));
  const check = () => {
    if (seen()) w.__visibleAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/** tsx keeps function names with a `__name` helper that does not exist inside the page. */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript('globalThis.__name = (f) => f');
  return context;
}

interface Load {
  ms: number;
  /** First frame with the item on screen. */
  visibleMs: number;
  /** The browser's first contentful paint. */
  paintMs: number;
  gzipBytes: number;
  /** Of which JavaScript, the HTML documents, and data fetched as JSON (a platform's entries, a language's words). */
  jsGzipBytes: number;
  htmlGzipBytes: number;
  dataGzipBytes: number;
  heapBytes: number;
}

/**
 * One load in a fresh context. With `countBytes`, every response body is read (through CDP, while
 * the page loads) and gzipped; that work slows the page, and slows the app (eight responses) more
 * than the floor (two), so timed loads never count bytes.
 */
async function coldLoad(browser: Browser, url: string, ready: Probe, countBytes = false, arg = PROBE_ARG.get(ready) ?? ''): Promise<Load> {
  const context = await newContext(browser);
  await context.addInitScript(recordVisible, VISIBLE.get(ready)!);
  const page = await context.newPage();
  const bodies: Promise<[string, number]>[] = [];
  let counting = countBytes;
  page.on('response', (response) => {
    if (!counting) return;
    // A preloaded fetch is typed "other" until a script asks for it: data is told by its file.
    const type = new URL(response.url()).pathname.endsWith('.json') ? 'data' : response.request().resourceType();
    bodies.push(response.body().then((b) => [type, gzipSync(b).length] as [string, number]).catch(() => [type, 0] as [string, number]));
  });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, arg, { polling: 'raf', timeout: 60_000 });
  const ms = Number(await handle.jsonValue());
  const visibleMs = Number(await page.evaluate(() => (globalThis as unknown as { __visibleAt?: number }).__visibleAt ?? Number.NaN));
  const paintMs = await firstContentfulPaint(page);
  counting = false;
  const sized = await Promise.all(bodies);
  const sum = (keep: (type: string) => boolean) => sized.reduce((total, [type, bytes]) => total + (keep(type) ? bytes : 0), 0);
  const gzipBytes = sum(() => true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ms, visibleMs, paintMs, gzipBytes, jsGzipBytes: sum((t) => t === 'script'), htmlGzipBytes: sum((t) => t === 'document'), dataGzipBytes: sum((t) => t === 'data'), heapBytes: usedSize };
}

const firstContentfulPaint = async (page: Page): Promise<number> => {
  const handle = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false, null, { polling: 'raf', timeout: 60_000 });
  return Number(await handle.jsonValue());
};

/**
 * The first contentful paint of a page whose scripts never arrive: what painting its HTML and CSS
 * alone costs, the least any "tickable" time for that page can be (hydration follows the paint).
 */
async function paintWithoutScripts(browser: Browser, url: string): Promise<number> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(url, { waitUntil: 'commit' });
  const paintMs = await firstContentfulPaint(page);
  await context.close();
  return paintMs;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

/** Click → the change readable from IndexedDB through a second, separate connection. */
async function tickLatency(page: Page, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ n, id }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('privacy-checkup');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const key = `default/check/${id}`;
      const read = () =>
        new Promise<unknown>((resolve) => {
          const get = db.transaction('records', 'readonly').objectStore('records').get(key);
          get.onsuccess = () => resolve(get.result);
        });
      const button = () => document.getElementById(`setting-${id}`)!.closest('article')!.querySelector<HTMLButtonElement>('button.status-done')!;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const wantDone = button().getAttribute('aria-pressed') !== 'true';
        const start = performance.now();
        button().click();
        for (;;) {
          const value = (await read()) as { status?: string } | undefined;
          if (wantDone ? value?.status === 'done' : value === undefined) break;
        }
        times.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 10));
      }
      db.close();
      return times;
    },
    { n, id: AI_ID },
  );
}

/** Keystroke → search results rendered (the next frame after the count changes). */
async function searchLatency(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __samples: number[]; __start: number };
    w.__samples = [];
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    input.addEventListener('keydown', () => { w.__start = performance.now(); }, { capture: true });
    const count = document.querySelector('.search-count')!;
    new MutationObserver(() => {
      const start = w.__start;
      requestAnimationFrame(() => w.__samples.push(performance.now() - start));
    }).observe(count, { childList: true, characterData: true, subtree: true });
  });
  const input = page.locator('input[type=search]');
  const queries = ['privacy control 1', 'training of platform 2', 'location', 'history 3'];
  let typed = 0;
  for (const query of queries.flatMap((q) => [q])) {
    if (typed >= keystrokes) break;
    await input.fill('');
    for (const char of query.slice(0, keystrokes - typed)) {
      await page.keyboard.type(char);
      await page.waitForTimeout(60);
      typed++;
    }
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
}

async function lighthouseScores(url: string): Promise<Record<string, Record<string, number>>> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const formFactor of ['desktop', 'mobile'] as const) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, formFactor === 'desktop' ? desktopConfig : undefined);
      const categories = result?.lhr.categories ?? {};
      scores[formFactor] = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

async function main() {
  buildAll();
  const real = await serve(ROOT, join(OUT, 'real'));
  const big = await serve(ROOT, join(OUT, 'big'));
  const floor = HAS_FLOOR ? await serve(join(OUT, 'floor')) : undefined;
  const browser = await launchChromium();
  try {
    // 1: bytes over the wire, in loads of their own (see coldLoad).
    const byteLoads = { floor: [] as Load[], appEntry: [] as Load[], appDashboard: [] as Load[] };
    for (let i = 0; i < BYTE_RUNS; i++) {
      if (floor) byteLoads.floor.push(await coldLoad(browser, floor.url + '/', floorReady, true));
      byteLoads.appEntry.push(await coldLoad(browser, real.url + '/platforms/linkedin', appEntryReady, true));
      byteLoads.appDashboard.push(await coldLoad(browser, real.url + '/', appDashboardReady, true));
    }
    // The same two pages in each other language: its words come on top of the same code.
    const byLocale: Record<string, { entry: Load[]; dashboard: Load[] }> = {};
    for (const locale of OTHER_LOCALES) {
      const aiPath = (JSON.parse(readFileSync(join(ROOT, `src/i18n/locales/${locale}/picker.json`), 'utf8')) as Record<string, string>)['picker.aiPath']!;
      const loads = (byLocale[locale] = { entry: [] as Load[], dashboard: [] as Load[] });
      for (let i = 0; i < BYTE_RUNS; i++) {
        loads.entry.push(await coldLoad(browser, `${real.url}/${locale}/platforms/linkedin`, appEntryReady, true));
        loads.dashboard.push(await coldLoad(browser, `${real.url}/${locale}/`, appDashboardReady, true, aiPath));
      }
    }
    const pick = (ls: Load[], k: 'gzipBytes' | 'jsGzipBytes' | 'htmlGzipBytes' | 'dataGzipBytes') => ls.map((l) => l[k]);
    const bytes = { floor: pick(byteLoads.floor, 'gzipBytes'), appEntry: pick(byteLoads.appEntry, 'gzipBytes'), appDashboard: pick(byteLoads.appDashboard, 'gzipBytes') };
    const medBytes = (xs: number[]) => (xs.length ? median(xs) : NaN);

    // 2 + 3 + 6: timed cold loads, interleaved app / floor / big, fresh context each.
    const loads = { appEntry: [] as Load[], appDashboard: [] as Load[], floor: [] as Load[], bigEntry: [] as Load[], bigDashboard: [] as Load[] };
    const entryPaintWithoutScripts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (floor) loads.floor.push(await coldLoad(browser, floor.url + '/', floorReady));
      loads.appEntry.push(await coldLoad(browser, real.url + '/platforms/linkedin', appEntryReady));
      entryPaintWithoutScripts.push(await paintWithoutScripts(browser, real.url + '/platforms/linkedin'));
      loads.bigEntry.push(await coldLoad(browser, big.url + '/platforms/linkedin', appEntryReady));
      loads.appDashboard.push(await coldLoad(browser, real.url + '/', appDashboardReady));
      loads.bigDashboard.push(await coldLoad(browser, big.url + '/', appDashboardReady));
    }
    const med = (ls: Load[], k: keyof Load) => (ls.length ? median(ls.map((l) => l[k])) : NaN);

    // 4: tick → readable in IndexedDB.
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(real.url + '/platforms/linkedin');
    await page.waitForFunction(appEntryReady, AI_ID);
    const ticks = await tickLatency(page, TICKS);
    await context.close();

    // 5: search with the 500 × 20 catalogue.
    const searchContext = await newContext(browser);
    const searchPage = await searchContext.newPage();
    await searchPage.goto(big.url + '/search');
    await searchPage.locator('input[type=search]').waitFor();
    const search = await searchLatency(searchPage, KEYSTROKES);
    await searchContext.close();

    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    const ms = (x: number) => Math.round(x * 10) / 10;
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const results = {
      mode: quick ? 'quick' : 'full',
      runsPerSide: RUNS,
      bytesGzipKB: {
        floor: kb(medBytes(bytes.floor)),
        dashboard: kb(medBytes(bytes.appDashboard)),
        linkedin: kb(medBytes(bytes.appEntry)),
        dashboardOverFloor: kb(medBytes(bytes.appDashboard) - medBytes(bytes.floor)),
        floorJs: kb(medBytes(pick(byteLoads.floor, 'jsGzipBytes'))),
        linkedinJs: kb(medBytes(pick(byteLoads.appEntry, 'jsGzipBytes'))),
        linkedinJsOverFloor: kb(medBytes(pick(byteLoads.appEntry, 'jsGzipBytes')) - medBytes(pick(byteLoads.floor, 'jsGzipBytes'))),
        linkedinHtml: kb(medBytes(pick(byteLoads.appEntry, 'htmlGzipBytes'))),
        linkedinData: kb(medBytes(pick(byteLoads.appEntry, 'dataGzipBytes'))),
        dashboardJs: kb(medBytes(pick(byteLoads.appDashboard, 'jsGzipBytes'))),
        dashboardHtml: kb(medBytes(pick(byteLoads.appDashboard, 'htmlGzipBytes'))),
        /** Per other language: JS (gzip) before its LinkedIn page and its dashboard are interactive, and every byte before its dashboard is. */
        byLocale: Object.fromEntries(Object.entries(byLocale).map(([locale, l]) => {
          const dashboard = medBytes(pick(l.dashboard, 'gzipBytes'));
          return [locale, {
            linkedinJs: kb(medBytes(pick(l.entry, 'jsGzipBytes'))),
            linkedinData: kb(medBytes(pick(l.entry, 'dataGzipBytes'))),
            dashboardJs: kb(medBytes(pick(l.dashboard, 'jsGzipBytes'))),
            dashboard: kb(dashboard),
            dashboardOverFloor: kb(dashboard - medBytes(bytes.floor)),
          }];
        })),
      },
      visibleMs: {
        floor: ms(med(loads.floor, 'visibleMs')),
        linkedin: ms(med(loads.appEntry, 'visibleMs')),
        linkedinRatio: ratio(med(loads.appEntry, 'visibleMs'), med(loads.floor, 'visibleMs')),
        dashboard: ms(med(loads.appDashboard, 'visibleMs')),
        dashboardRatio: ratio(med(loads.appDashboard, 'visibleMs'), med(loads.floor, 'visibleMs')),
      },
      paintMs: {
        floor: ms(med(loads.floor, 'paintMs')),
        linkedin: ms(med(loads.appEntry, 'paintMs')),
        linkedinWithoutScripts: ms(median(entryPaintWithoutScripts)),
        /** The LinkedIn page's paint with no script at all, against the floor's tickable time. */
        linkedinWithoutScriptsRatioToFloorTickable: ratio(median(entryPaintWithoutScripts), med(loads.floor, 'ms')),
      },
      coldLoadMs: {
        floor: ms(med(loads.floor, 'ms')),
        linkedin: ms(med(loads.appEntry, 'ms')),
        ratioToFloor: ratio(med(loads.appEntry, 'ms'), med(loads.floor, 'ms')),
        dashboard: ms(med(loads.appDashboard, 'ms')),
        dashboardRatioToFloor: ratio(med(loads.appDashboard, 'ms'), med(loads.floor, 'ms')),
        bigLinkedin: ms(med(loads.bigEntry, 'ms')),
        bigOverReal: ratio(med(loads.bigEntry, 'ms'), med(loads.appEntry, 'ms')),
        bigDashboardOverReal: ratio(med(loads.bigDashboard, 'ms'), med(loads.appDashboard, 'ms')),
      },
      tickToIndexedDbMs: { samples: ticks.length, median: ms(median(ticks)), p95: ms(p95(ticks)) },
      searchKeystrokeMs: { samples: search.length, median: ms(median(search)), p95: ms(p95(search)) },
      heapMB: {
        floor: ms(med(loads.floor, 'heapBytes') / 1048576),
        real: ms(med(loads.appEntry, 'heapBytes') / 1048576),
        big: ms(med(loads.bigEntry, 'heapBytes') / 1048576),
      },
      lighthouse: {} as Record<string, Record<string, Record<string, number>>>,
    };
    if (lighthouseOn) {
      for (const path of ['/', '/platforms/linkedin', '/report']) results.lighthouse[path] = await lighthouseScores(real.url + path);
    }

    writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    const rows: [string, string, string][] = [
      ['bytes before dashboard interactive (gzip)', `${results.bytesGzipKB.dashboard} KB`, `floor ${results.bytesGzipKB.floor} KB; +${results.bytesGzipKB.dashboardOverFloor} KB (budget +20)`],
      ['bytes before /platforms/linkedin interactive', `${results.bytesGzipKB.linkedin} KB`, ''],
      ['JS before /platforms/linkedin interactive', `${results.bytesGzipKB.linkedinJs} KB`, `floor ${results.bytesGzipKB.floorJs} KB; +${results.bytesGzipKB.linkedinJsOverFloor} KB (budget +20); HTML ${results.bytesGzipKB.linkedinHtml} KB, data ${results.bytesGzipKB.linkedinData} KB`],
      ['JS before dashboard interactive', `${results.bytesGzipKB.dashboardJs} KB`, `HTML ${results.bytesGzipKB.dashboardHtml} KB`],
      ...Object.entries(results.bytesGzipKB.byLocale).map(([locale, l]): [string, string, string] =>
        [`JS before interactive in ${locale}`, `${l.linkedinJs} KB`, `/${locale}/platforms/linkedin (data ${l.linkedinData} KB); dashboard ${l.dashboardJs} KB`]),
      ...Object.entries(results.bytesGzipKB.byLocale).map(([locale, l]): [string, string, string] =>
        [`bytes before dashboard interactive in ${locale}`, `${l.dashboard} KB`, HAS_FLOOR ? `+${l.dashboardOverFloor} KB over the floor (budget +20)` : '']),
      ['cold load → LinkedIn entry visible (median)', `${results.visibleMs.linkedin} ms`, `floor "Buy milk" visible ${results.visibleMs.floor} ms; ratio ${results.visibleMs.linkedinRatio} (budget ≤ 0.8)`],
      ['cold load → LinkedIn entry tickable (median)', `${results.coldLoadMs.linkedin} ms`, `floor "Buy milk" ${results.coldLoadMs.floor} ms; ratio ${results.coldLoadMs.ratioToFloor} (budget ≤ 1.3)`],
      ['first paint: /platforms/linkedin, scripts blocked', `${results.paintMs.linkedinWithoutScripts} ms`, `with scripts ${results.paintMs.linkedin} ms; floor's first paint ${results.paintMs.floor} ms; ratio to the floor's tickable ${results.paintMs.linkedinWithoutScriptsRatioToFloorTickable}`],
      ['cold load → dashboard featured visible', `${results.visibleMs.dashboard} ms`, `ratio ${results.visibleMs.dashboardRatio} (budget ≤ 0.8); tickable ${results.coldLoadMs.dashboard} ms, ratio ${results.coldLoadMs.dashboardRatioToFloor}`],
      ['500×20 catalogue: cold load → LinkedIn entry', `${results.coldLoadMs.bigLinkedin} ms`, `ratio to real ${results.coldLoadMs.bigOverReal}; dashboard ratio ${results.coldLoadMs.bigDashboardOverReal} (budget ≤ 2)`],
      ['tick → readable in IndexedDB', `median ${results.tickToIndexedDbMs.median} ms`, `p95 ${results.tickToIndexedDbMs.p95} ms over ${ticks.length} (budget 20 / 50)`],
      ['500×20 search: keystroke → results', `median ${results.searchKeystrokeMs.median} ms`, `p95 ${results.searchKeystrokeMs.p95} ms over ${search.length} (budget ≤ 50)`],
      ['JS heap after load', `${results.heapMB.real} MB`, `500×20: ${results.heapMB.big} MB; floor ${results.heapMB.floor} MB`],
    ];
    // The four budgeted categories; any others Lighthouse adds are kept in results.json only.
    const BUDGETED = ['performance', 'accessibility', 'best-practices', 'seo'];
    for (const [path, byForm] of Object.entries(results.lighthouse)) {
      for (const [form, cats] of Object.entries(byForm)) {
        rows.push([`Lighthouse ${path} (${form})`, BUDGETED.map((c) => cats[c] ?? '–').join(' / '), BUDGETED.join(' / ')]);
      }
    }
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\nbenchmark (${results.mode}, ${RUNS} cold loads per side, interleaved)`);
    for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(18)}  ${note}`);
    console.log(`\nwritten to bench/results.json`);
  } finally {
    await browser.close();
    await Promise.all([real.server.close(), big.server.close(), floor?.server.close()]);
  }
}

await main();
