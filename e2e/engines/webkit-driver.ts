/**
 * The driver interface over WebKitGTK's MiniBrowser, WebKitWebDriver and selenium-webdriver.
 * Each session is a WebDriver session: a fresh, ephemeral profile (IndexedDB in memory, so reloads
 * can be tested and restarts cannot). WebDriver drives one window at a time, so every tab action
 * switches to its window under a lock. Elements are found by role (a CSS list of the elements that
 * have it) and by WebKit's own computed accessible name. Problems come from the page itself, via
 * the hook the test proxy injects; the proxy is also the browser's proxy, refusing other origins.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { startPreview } from '../harness';
import { describeQuery } from './describe-query';
import type { Engine, Query, Role, Session, Site, Tab, WaitOptions } from './driver';
import { fileInputLabelled, reachableAtCentre } from './page-scripts';
import { until } from './poll';
import { startHookProxy, type HookProxy } from './test-proxy';
import { MINIBROWSER, startWebKitProcesses, type WebKitProcesses } from './webkit-processes';

/** The elements that carry each role, explicitly or implicitly (HTML-AAM), as the app uses them. */
const ROLE_SELECTORS: Record<Role, string> = {
  alert: '[role=alert]',
  article: 'article:not([role]), [role=article]',
  button: 'button:not([role]), input[type=button], input[type=submit], [role=button]',
  cell: 'td:not([role]), [role=cell]',
  checkbox: 'input[type=checkbox]:not([role]), [role=checkbox]',
  heading: 'h1:not([role]), h2:not([role]), h3:not([role]), h4:not([role]), h5:not([role]), h6:not([role]), [role=heading]',
  link: 'a[href]:not([role]), [role=link]',
  progressbar: 'progress:not([role]), [role=progressbar]',
  region: 'section[aria-label]:not([role]), section[aria-labelledby]:not([role]), [role=region]',
  searchbox: 'input[type=search]:not([role]), [role=searchbox]',
  status: 'output:not([role]), [role=status]',
  textbox: 'textarea:not([role]), input:not([type]):not([role]), input[type=text]:not([role]), input[type=email]:not([role]), [role=textbox]',
};

/** Candidates in the page: visible, with the right pressed state, level and text. Names are checked by the driver. */
const CANDIDATES = `const [scope, css, pressed, text, level] = arguments;
return [...(scope || document).querySelectorAll(css)].filter((el) =>
  el.getClientRects().length > 0 && !el.closest('[hidden], [aria-hidden="true"]') &&
  (pressed === null || el.getAttribute('aria-pressed') === String(pressed)) &&
  (text === null || el.textContent.includes(text)) &&
  (level === null || el.tagName === 'H' + level || el.getAttribute('aria-level') === String(level)));`;

/** Roles whose name comes from their content (WAI-ARIA "name from: contents"). */
const NAMED_BY_CONTENT = new Set<Role>(['button', 'cell', 'checkbox', 'heading', 'link']);

/**
 * WebKit's computed label (WebDriver "Get Computed Label"). WebKitGTK answers "" for a table cell
 * that has text, though ARIA names cells from their content: there, the text is the name.
 */
async function accessibleName(driver: WebDriver, role: Role, el: WebElement): Promise<string> {
  const label = await el.getAccessibleName();
  if (label || !NAMED_BY_CONTENT.has(role)) return label;
  return String(await driver.executeScript('return arguments[0].textContent.replace(/\\s+/g, " ").trim()', el));
}

async function findAll(driver: WebDriver, query: Query): Promise<WebElement[]> {
  let scope: WebElement | null = null;
  if (query.within) {
    const container = (await findAll(driver, query.within))[query.within.nth ?? 0];
    if (!container) return [];
    scope = container;
  }
  const candidates: WebElement[] = await driver.executeScript(CANDIDATES, scope, ROLE_SELECTORS[query.role], query.pressed ?? null, query.text ?? null, query.level ?? null);
  if (query.name === undefined) return candidates;
  const named: WebElement[] = [];
  for (const candidate of candidates) if ((await accessibleName(driver, query.role, candidate)) === query.name) named.push(candidate);
  return named;
}

/** One profile's windows: WebDriver has one current window, so tabs take turns. */
class Windows {
  private queue: Promise<unknown> = Promise.resolve();
  private current: string;
  constructor(readonly driver: WebDriver, readonly parked: string) { this.current = parked; }

  /** Runs `body` with `handle` as the current window, after every earlier action has finished. */
  run<T>(handle: string, body: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      if (this.current !== handle) {
        await this.driver.switchTo().window(handle);
        this.current = handle;
      }
      return body();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** After closing a window, WebDriver has none current: go back to the parked one. */
  async closed(): Promise<void> {
    await this.driver.switchTo().window(this.parked);
    this.current = this.parked;
  }
}

function webkitTab(windows: Windows, handle: string, site: Site): Tab {
  const { driver } = windows;
  const run = <T>(body: () => Promise<T>) => windows.run(handle, body);
  /** Finds the element (enabled if asked) and acts on it in one turn of the window lock, retrying until it works. */
  const act = <T>(query: Query, options: WaitOptions & { clickable?: boolean }, action: (el: WebElement) => Promise<T>) =>
    until(describeQuery(query) + (options.enabled ? ' (enabled)' : '') + (options.clickable ? ' (not covered)' : ''), () =>
      run(async () => {
        const el = (await findAll(driver, query))[query.nth ?? 0];
        if (!el) return undefined;
        if (options.enabled && !(await el.isEnabled())) return undefined;
        if (options.clickable && !(await driver.executeScript(reachableAtCentre, el))) return undefined;
        return { value: await action(el) };
      }), options.timeout).then((result) => result.value);

  return {
    goto: (path) => run(() => driver.get(new URL(path, site.baseURL).href)),
    reload: () => run(() => driver.navigate().refresh()),
    async waitFor(query, options = {}) { await act(query, options, async () => true); },
    async waitForGone(query, options = {}) {
      await until(`${describeQuery(query)} to go`, () => run(async () => ((await findAll(driver, query)).length === 0 ? true : undefined)), options.timeout);
    },
    click: (query) => act(query, { enabled: true, clickable: true }, (el) => el.click()),
    type: (query, text) => act(query, { enabled: true }, (el) => el.sendKeys(text)),
    value: (query) => act(query, {}, async (el) => (await el.getAttribute('value')) ?? ''),
    attribute: (query, name) => act(query, {}, (el) => el.getAttribute(name)),
    text: (query) => act(query, {}, async (el) => String(await driver.executeScript('return arguments[0].textContent', el))),
    async chooseFile(label, file) {
      const dir = await mkdtemp(join(tmpdir(), 'webkit-upload-'));
      await writeFile(join(dir, file.name), file.text);
      await until(`the file input "${label}" (enabled)`, () =>
        run(async () => {
          const input: WebElement | null = await driver.executeScript(`return ${fileInputLabelled(label)}`);
          if (!input) return undefined;
          await input.sendKeys(join(dir, file.name));
          return true;
        }));
    },
    evaluate: <T>(expression: string) => run(() => driver.executeScript<T>(`return ${expression}`)),
    // WebKitWebDriver cannot hand over downloads: the journeys keep saved files in the page instead.
    // axe is kept to Chromium: the same rules on the same markup.
    async checkAccessibility() {},
    async close() {
      await run(() => driver.close());
      await windows.closed();
    },
  };
}

export function webkitEngine(): Engine {
  let processes: Promise<WebKitProcesses> | undefined;
  const proxies: HookProxy[] = [];
  const sessions = new Set<WebDriver>();

  return {
    name: 'webkit',
    // closeTabAfterClick: WebDriver's Close Window closes the page as a person closing the tab would.
    capabilities: { downloads: false, closeTabAfterClick: true },
    async serve(): Promise<Site & { proxy: HookProxy }> {
      const preview = await startPreview();
      const proxy = await startHookProxy(preview.baseURL);
      proxies.push(proxy);
      let stopped: Promise<void> | undefined;
      return {
        baseURL: proxy.baseURL,
        proxy,
        stop: () => (stopped ??= Promise.all([proxy.stop(), preview.server.close()]).then(() => undefined)),
      };
    },
    async newSession(site): Promise<Session> {
      // Service workers cannot be turned off per session here; each session is a fresh ephemeral profile, so they stay independent anyway.
      const { driverURL } = await (processes ??= startWebKitProcesses());
      const port = new URL(site.baseURL).port;
      const driver = await new Builder()
        .usingServer(driverURL)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          // Every request goes through the test proxy, which refuses other origins.
          proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${port}`, sslProxy: `127.0.0.1:${port}` },
        })
        .build();
      sessions.add(driver);
      const windows = new Windows(driver, await driver.getWindowHandle());
      return {
        async newTab() {
          const handle = await windows.run(windows.parked, async () => {
            await driver.switchTo().newWindow('tab');
            return driver.getWindowHandle();
          });
          // newWindow made it current; tell the lock.
          await windows.run(handle, async () => undefined);
          return webkitTab(windows, handle, site);
        },
        async close() {
          sessions.delete(driver);
          await driver.quit();
        },
      };
    },
    takeProblems: () => proxies.flatMap((proxy) => proxy.problems.splice(0)),
    async stop() {
      await Promise.all([...sessions].map((d) => d.quit().catch(() => undefined)));
      await (await processes)?.stop();
    },
  };
}
